export default definePageConfig({
  navigationBarTitleText: '异议案件',
  enablePullDownRefresh: true,
});
