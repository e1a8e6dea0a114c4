/** 故事管理: the stories of my organization and below, every status, and 新建故事. */
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { CadreGate } from '../../../components/cadre-gate';
import { ManagedList } from '../../../components/managed-list';
import { ManagedStoryRow } from '../../../components/managed-story-row';
import { PageShell } from '../../../components/page-shell';
import { useCadreGrant } from '../../../hooks/use-cadre';
import { useManagedStories } from '../../../hooks/use-managed-lists';
import { storyEditUrl } from '../../../lib/cadre';
import { readDraft } from '../../../lib/story-draft-store';
import './index.scss';

export default function CadreStoriesPage() {
  const { me, grant } = useCadreGrant('content.manage');
  const list = useManagedStories(grant?.id ?? null);
  if (!grant) {
    return (
      <PageShell className="cadre-stories">
        <CadreGate me={me} missing="您没有内容管理权限" />
      </PageShell>
    );
  }
  const open = (id?: string) => void Taro.navigateTo({ url: storyEditUrl(grant.id, id) });
  const unsavedNew = readDraft(null) !== null;
  return (
    <PageShell className="cadre-stories">
      <View className="cadre-stories__top">
        <Text className="muted">「{grant.orgName}」及下级组织的劳模故事，含草稿和已下线的</Text>
        <Button className="btn btn--primary btn--block cadre-stories__new" onClick={() => open()}>
          {unsavedNew ? '继续编辑未保存的新故事' : '新建故事'}
        </Button>
      </View>
      <ManagedList
        list={list}
        emptyTitle="还没有故事"
        emptyDescription="点上方「新建故事」撰写第一篇劳模故事，保存为草稿，核对后发布。"
        renderItem={(story) => <ManagedStoryRow story={story} hasDraft={readDraft(story.id) !== null} onOpen={open} />}
      />
    </PageShell>
  );
}
