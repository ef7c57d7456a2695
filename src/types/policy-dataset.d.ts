// The bundled dataset, built from seeds/ by the engine when webpack runs (see webpack.config.js) and emitted
// beside the page as a JSON file: importing it gives the file's address.
declare module "@policy/bundled-dataset-url" {
  const url: string;
  export default url;
}
