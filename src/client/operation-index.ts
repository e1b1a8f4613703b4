import { clientIdOperations } from '../../generated/client-id-operations.js';

let clientIdOperationSet: ReadonlySet<string> | undefined;

/**
 * The operations that need `X-Chaster-Client-Id`, as `METHOD /path/template`. Built on first use
 * from the generated list and shared by every client.
 */
export function operationsNeedingClientId(): ReadonlySet<string> {
  clientIdOperationSet ??= new Set(clientIdOperations);
  return clientIdOperationSet;
}
