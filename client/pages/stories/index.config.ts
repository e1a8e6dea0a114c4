export default definePageConfig({
  navigationBarTitleText: '劳模故事',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
});
