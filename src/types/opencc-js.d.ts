// opencc-js ships its types behind package "exports", which the CommonJS resolution here does not read.
declare module "opencc-js/t2cn" {
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
