/**
 * 从表格导入: how the spreadsheet must look, choosing the .xlsx file, and the outcome: the count
 * imported, or (nothing imported) the list of rows to fix.
 */
import { Button, Text, View } from '@tarojs/components';
import { ORG_KIND_ZH, ORG_KINDS } from '../../../shared/org';
import { useOrgImport, type OrgImportDeps } from '../../hooks/use-org-import';
import { Sheet } from '../sheet';
import './index.scss';

const KINDS = ORG_KINDS.filter((k) => k !== 'districtFederation')
  .map((k) => ORG_KIND_ZH[k])
  .join('、');

export interface OrgImportSheetProps {
  onImported: (count: number) => void;
  onClose: () => void;
  deps?: OrgImportDeps;
}

export function OrgImportSheet({ onImported, onClose, deps }: OrgImportSheetProps) {
  const job = useOrgImport(onImported, deps);
  return (
    <Sheet title="从表格导入组织" onClose={() => !job.pending && onClose()}>
      <View className="import-guide">
        <Text className="import-guide__title">下载模板说明</Text>
        <Text className="import-guide__text">请用 Excel 新建 .xlsx 表格，第一个工作表的第一行为表头，依次为三列：</Text>
        <Text className="import-guide__item">名称：组织全称，2–40 个字，不能与已有组织重名；</Text>
        <Text className="import-guide__item">类型：{KINDS}，填写其中之一；</Text>
        <Text className="import-guide__item">上级组织：上级组织的全称，须是系统中已有的组织，或本表中更靠前的行。</Text>
        <Text className="import-guide__text">
          整表一起检查：任何一行有误都不会导入，请按错误清单修改后重新导入。文件不超过 2 MB、2000 行。
        </Text>
      </View>
      {job.fileName ? <Text className="muted import-file">文件：{job.fileName}</Text> : null}
      <Button
        className={job.pending ? 'btn btn--primary btn--block btn--busy' : 'btn btn--primary btn--block'}
        disabled={job.pending}
        onClick={() => void job.start()}
      >
        {job.pending ? '正在导入…' : job.fileName ? '重新选择文件' : '选择 .xlsx 文件'}
      </Button>
      {job.imported !== null ? (
        <View className="import-done" ariaRole="status">
          导入 {job.imported} 个组织
        </View>
      ) : null}
      {job.error ? (
        <View className="import-error" ariaRole="alert">
          <Text className="import-error__title">{job.error}</Text>
          {job.rowErrors.map((line) => (
            <Text key={line} className="import-error__row">
              {line}
            </Text>
          ))}
        </View>
      ) : null}
    </Sheet>
  );
}
