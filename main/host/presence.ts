import type { Editor } from '../../shared/team/contract';
import type { DeviceIdentity } from '../../shared/team/roles';

/**
 * Who is in which text field now (issue 16), so a field shows who else is writing in it. Kept
 * in memory only: it means nothing after a restart.
 */
export class PresenceBoard {
  private readonly byDevice = new Map<string, Editor>();

  /** The device is in `field` now (null: in none). Whether anything changed. */
  set(device: DeviceIdentity, field: string | null): boolean {
    const before = this.byDevice.get(device.deviceId);
    if (field === null) return this.byDevice.delete(device.deviceId);
    const { deviceId, role, name } = device;
    if (before?.field === field && before.role === role && before.name === name) return false;
    this.byDevice.set(deviceId, { deviceId, role, name, field });
    return true;
  }

  /** The device has gone. Whether it was in a field. */
  leave(deviceId: string): boolean {
    return this.byDevice.delete(deviceId);
  }

  /** Every device in a field, in the order they entered one. */
  editors(): Editor[] {
    return [...this.byDevice.values()];
  }
}
