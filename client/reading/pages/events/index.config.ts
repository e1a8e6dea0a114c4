export default definePageConfig({
  navigationBarTitleText: '劳模活动',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
});
