import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lanAddress } from './lanAddress';

const info = (address: string, family: 'IPv4' | 'IPv6', internal: boolean) =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;

describe('lanAddress', () => {
  it('takes the first IPv4 address that is not loopback', () => {
    expect(
      lanAddress({
        lo: [info('127.0.0.1', 'IPv4', true)],
        wlan0: [info('fe80::1', 'IPv6', false), info('192.168.1.20', 'IPv4', false)],
        eth0: [info('10.0.0.5', 'IPv4', false)],
      }),
    ).toBe('192.168.1.20');
  });

  it('is null off the network', () => {
    expect(lanAddress({ lo: [info('127.0.0.1', 'IPv4', true)] })).toBeNull();
  });
});
