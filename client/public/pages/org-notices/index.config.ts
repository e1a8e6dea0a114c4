export default definePageConfig({
  navigationBarTitleText: '单位公示',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
});
