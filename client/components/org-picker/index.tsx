/** Choosing an organization by browsing the tree below a root, in a half-screen dialog. */
import { Text, View } from '@tarojs/components';
import { CHILD_KINDS, ORG_KIND_ZH, type Org } from '../../../shared/org';
import { useOrgBrowser, type OrgRoot } from '../../hooks/use-org-browser';
import { OrgBrowser, OrgTrail } from '../org-browser';
import { Sheet } from '../sheet';
import './index.scss';

export interface OrgPickerProps {
  title: string;
  root: OrgRoot;
  onPick: (org: Org) => void;
  onClose: () => void;
  /** Which rows can be chosen (default: every organization in use). */
  selectable?: (org: Org) => boolean;
  /** Which rows open their level (default: those in use that can have children). */
  canOpen?: (org: Org) => boolean;
  /** Whether the level being shown can itself be chosen (default: never). */
  pickCurrent?: (org: Org, atRoot: boolean) => boolean;
}

const active = (o: Org) => o.status === 'active';
const hasChildren = (o: Org) => active(o) && CHILD_KINDS[o.kind].length > 0;

export function OrgPicker({ title, root, onPick, onClose, selectable = active, canOpen, pickCurrent }: OrgPickerProps) {
  const browser = useOrgBrowser(root);
  const current = browser.current;
  return (
    <Sheet title={title} onClose={onClose} onScrollToLower={() => void browser.list.loadMore()}>
      <OrgTrail browser={browser} />
      {current && pickCurrent?.(current, browser.atRoot) ? (
        <View className="org-picker__current" ariaRole="button" onClick={() => onPick(current)}>
          <Text className="org-picker__current-name">选择「{current.name}」</Text>
          <Text className="muted">{ORG_KIND_ZH[current.kind]}</Text>
        </View>
      ) : null}
      <OrgBrowser
        browser={browser}
        canOpen={canOpen ?? hasChildren}
        emptyDescription="这一级没有可选的组织，可以点上方的路径返回上一级。"
        actions={(o) =>
          selectable(o) ? (
            <View className="org-action org-action--primary" ariaRole="button" onClick={() => onPick(o)}>
              选择
            </View>
          ) : null
        }
      />
    </Sheet>
  );
}
