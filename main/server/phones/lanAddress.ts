import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

/**
 * The laptop's address on the local network: the first IPv4 address that is not loopback.
 * Null when the laptop is on no network (then joining cannot open, and the console says so).
 */
export function lanAddress(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): string | null {
  for (const list of Object.values(interfaces)) {
    for (const info of list ?? []) {
      if (info.family === 'IPv4' && !info.internal) return info.address;
    }
  }
  return null;
}
