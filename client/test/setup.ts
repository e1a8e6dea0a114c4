// Component tests run the H5 code path (Taro's H5 components, fetch transport).
process.env.TARO_ENV = 'h5';

// jsdom has no IntersectionObserver; Taro's H5 Image uses one for `lazyLoad`. Report every
// observed element as visible, as a phone screen showing it would.
class VisibleIntersectionObserver {
  constructor(private readonly callback: (entries: Array<{ isIntersecting: boolean; target: Element }>) => void) {}
  observe(target: Element) {
    queueMicrotask(() => this.callback([{ isIntersecting: true, target }]));
  }
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
if (typeof window !== 'undefined' && !('IntersectionObserver' in window)) {
  Object.defineProperty(window, 'IntersectionObserver', { value: VisibleIntersectionObserver, writable: true });
  Object.defineProperty(globalThis, 'IntersectionObserver', { value: VisibleIntersectionObserver, writable: true });
}
