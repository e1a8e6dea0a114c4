export default definePageConfig({
  navigationBarTitleText: '志愿服务基地管理',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
});
