export default definePageConfig({
  navigationBarTitleText: '示范区总工会',
  enablePullDownRefresh: true,
  onReachBottomDistance: 200,
  enableShareAppMessage: true,
});
