import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { campaign, story } from '../../test/fixtures';
import { taroTest } from '../../test/taro-mock';
import { FeaturedStories } from '../featured-stories';
import { CampaignBanner, CampaignSchedule } from '.';

afterEach(() => taroTest.reset());

/** 2027-05-08 10:00 in Shanghai: a week into the campaign. */
const NOW = '2027-05-08T02:00:00.000Z';

describe('CampaignBanner', () => {
  it('shows the banner, the theme, the dates with the days left, and the six phrases of the spirit', async () => {
    const { container } = render(<CampaignBanner campaign={campaign()} serverTime={NOW} />);
    await screen.findByText('2027年劳模宣传月：劳动最光荣');
    // The end is exclusive (June 1, 00:00 in Shanghai): the last day is May 31; 23 days 14 hours → 24.
    expect(screen.getByText('2027年5月1日 至 5月31日 · 还剩 24 天')).toBeTruthy();
    const phrases = Array.from(container.querySelectorAll('.campaign__phrase')).map((el) => el.textContent);
    expect(phrases).toEqual(['爱岗敬业', '争创一流', '艰苦奋斗', '勇于创新', '淡泊名利', '甘于奉献']);
    expect(
      container.querySelector('[aria-label="劳模精神：爱岗敬业、争创一流、艰苦奋斗、勇于创新、淡泊名利、甘于奉献"]'),
    ).toBeTruthy();
    const image = container.querySelector('taro-image-core') as HTMLElement & { src?: string };
    expect(image.src ?? image.getAttribute('src')).toBe('/files/demo/campaign-2027.svg');
    expect(container.querySelector('[aria-label="2027年劳模宣传月：劳动最光荣宣传图"]')).toBeTruthy();
  });

  it('counts down by the server time, not the phone clock, and drops the count on the last instant', async () => {
    render(<CampaignBanner campaign={campaign()} serverTime="2027-05-31T15:00:00.000Z" />);
    await screen.findByText('2027年5月1日 至 5月31日 · 还剩 1 天');
  });
});

describe('CampaignSchedule', () => {
  it('mutes the days gone by and marks today', async () => {
    const { container } = render(<CampaignSchedule campaign={campaign()} serverTime={NOW} />);
    await screen.findByText('启动仪式暨劳模故事发布');
    const rows = Array.from(container.querySelectorAll('.campaign-schedule__row'));
    expect(rows.map((r) => r.textContent)).toEqual([
      '5月1日启动仪式暨劳模故事发布已举行',
      '5月8日劳模故事分享会今天',
      '5月20日劳模大讲堂：匠心与创新',
    ]);
    expect(rows[0]!.className).toContain('campaign-schedule__row--past');
    expect(rows[2]!.className).not.toContain('--past');
  });

  it('renders nothing without a schedule', () => {
    const { container } = render(<CampaignSchedule campaign={campaign({ schedule: [] })} serverTime={NOW} />);
    expect(container.querySelector('.campaign-schedule')).toBeNull();
  });
});

describe('FeaturedStories', () => {
  it('shows the featured story cards in the given order, as rows that open the story', async () => {
    const { container } = render(<FeaturedStories stories={[story(3), story(9, { summary: '一句话讲她的故事。' })]} />);
    await screen.findByText('一句话讲她的故事。');
    expect(
      Array.from(container.querySelectorAll('.featured__row')).map(
        (r) => r.querySelector('.featured__title')?.textContent,
      ),
    ).toEqual([story(3).title, story(9).title]);
    expect(container.querySelector('[aria-label="王9的故事封面"]')).toBeTruthy();
    expect(screen.getByText(`${story(9).workerName} · ${story(9).unitName}`)).toBeTruthy();
    fireEvent.click(screen.getByText(story(9).title));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/reading/pages/story/index?id=story-9' });
  });

  it('renders nothing without featured stories', () => {
    const { container } = render(<FeaturedStories stories={[]} />);
    expect(container.querySelector('.featured')).toBeNull();
  });
});
