export default definePageConfig({
  navigationBarTitleText: '志愿服务基地',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
});
