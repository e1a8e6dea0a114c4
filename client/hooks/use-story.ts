/** One story for the reader, by the `id` in the route. */
import { useRouter } from '@tarojs/taro';
import { content, type StoryDetail } from '../api/content';
import { failure } from '../api/transport';
import { useRequest, type RequestResult } from './use-request';

function decodeParam(value: string | undefined): string {
  if (!value) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function useStory(): RequestResult<StoryDetail> & { id: string } {
  const id = decodeParam(useRouter().params.id);
  // A link without an id reads as a story that does not exist, not as a malformed request.
  const result = useRequest(() => (id ? content.getStory({ id }) : Promise.resolve(failure('NOT_FOUND'))), [id]);
  return { ...result, id };
}
