// Stylesheets do nothing in jsdom tests.
export default {};
