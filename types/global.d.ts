/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

/** The CloudBase environment id, from `LAOMO_CLOUD_ENV` at build time (config/index.ts). */
declare const CLOUD_ENV: string;

declare namespace NodeJS {
  interface ProcessEnv {
    /** The platform being built; replaced at build time, so dead branches drop out. */
    TARO_ENV?: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn';
    /** CloudBase environment id for the weapp build (read by config/index.ts). */
    LAOMO_CLOUD_ENV?: string;
  }
}
