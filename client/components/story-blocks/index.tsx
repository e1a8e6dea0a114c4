/** A story body: validated blocks (paragraph, heading, quote, image), never HTML. */
import { Image, Text, View } from '@tarojs/components';
import type { RenderedBlock } from '../../../shared/story-blocks';
import './index.scss';

function Block({ block }: { block: RenderedBlock }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <Text className="story-blocks__p" userSelect>
          {block.text}
        </Text>
      );
    case 'heading':
      return (
        <View className="story-blocks__h" ariaRole="heading">
          {block.text}
        </View>
      );
    case 'quote':
      return (
        <View className="story-blocks__quote">
          <Text className="story-blocks__quote-text">{block.text}</Text>
          {block.cite ? <Text className="story-blocks__cite">—— {block.cite}</Text> : null}
        </View>
      );
    case 'image':
      return (
        <View className="story-blocks__figure">
          <Image className="story-blocks__img" src={block.url} mode="widthFix" lazyLoad ariaLabel={block.alt} />
          {block.caption ? <Text className="story-blocks__caption">{block.caption}</Text> : null}
        </View>
      );
    default:
      return null;
  }
}

export function StoryBlocks({ blocks }: { blocks: RenderedBlock[] }) {
  return (
    <View className="story-blocks">
      {blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </View>
  );
}
