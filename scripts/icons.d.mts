export declare const ICONS: readonly { motif: string; size: number }[];
export declare function encodePng(size: number, rgba: Buffer): Buffer;
export declare function writeIcons(dir?: string): string[];
