/** The level being shown, its tools for a district cadre, and the switch to show retired organizations. */
import { Button, Switch, Text, View } from '@tarojs/components';
import { CHILD_KINDS, ORG_KIND_ZH, type Org } from '../../../shared/org';
import './index.scss';

export interface OrgToolbarProps {
  current: Org | null;
  editable: boolean;
  includeRetired: boolean;
  onIncludeRetired: (on: boolean) => void;
  onAdd: () => void;
  onImport: () => void;
}

export function OrgToolbar({ current, editable, includeRetired, onIncludeRetired, onAdd, onImport }: OrgToolbarProps) {
  const canAdd = editable && current !== null && current.status === 'active' && CHILD_KINDS[current.kind].length > 0;
  return (
    <View className="card org-toolbar">
      <View className="org-toolbar__head">
        <Text className="org-toolbar__name">{current?.name ?? '正在加载…'}</Text>
        {current ? <Text className="muted">{ORG_KIND_ZH[current.kind]} · 下级组织</Text> : null}
      </View>
      {canAdd ? (
        <View className="org-toolbar__tools">
          <Button className="btn btn--primary org-toolbar__btn" onClick={onAdd}>
            新增下级组织
          </Button>
          <Button className="btn org-toolbar__btn" onClick={onImport}>
            从表格导入
          </Button>
        </View>
      ) : null}
      <View className="org-toolbar__switch">
        <Text>显示已撤销的组织</Text>
        <Switch
          checked={includeRetired}
          color="#C8102E"
          ariaLabel="显示已撤销的组织"
          onChange={(e) => onIncludeRetired(Boolean(e.detail.value))}
        />
      </View>
    </View>
  );
}
