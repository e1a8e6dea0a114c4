export default definePageConfig({
  navigationBarTitleText: '故事管理',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
});
