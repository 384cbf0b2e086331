let installed = false;
export function installRuntime(): void {
  if (installed) return;
  installed = true;
}
