export default definePageConfig({
  navigationBarTitleText: '劳模故事',
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
