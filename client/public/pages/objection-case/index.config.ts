export default definePageConfig({
  navigationBarTitleText: '异议办理进度',
  enablePullDownRefresh: true,
});
