// The bundled dataset, built from seeds/ by the engine when webpack runs (see webpack.config.js).
declare module "@policy/bundled-dataset" {
  const dataset: unknown;
  export default dataset;
}
