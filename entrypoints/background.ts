export default defineBackground(() => {
  // The engine runs in the pages that need it; the worker only wires extension events.
});
