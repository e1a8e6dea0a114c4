export default definePageConfig({
  navigationBarTitleText: '意见反馈与推荐线索',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
});
