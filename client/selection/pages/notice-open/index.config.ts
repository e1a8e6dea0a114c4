export default definePageConfig({
  navigationBarTitleText: '开始公示',
});
