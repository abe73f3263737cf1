declare module 'virtual:content' {
  const content: unknown;
  export default content;
}
