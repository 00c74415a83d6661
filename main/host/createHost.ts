import path from 'node:path';
import type { Patch } from 'immer';
import { nanoid } from 'nanoid';
import type { Ack, HostEvent, HostHandlers, StateSnapshot } from '../../shared/api';
import type { Session } from '../../shared/team/contract';
import { FACILITATOR, type DeviceIdentity } from '../../shared/team/roles';
import {
  canRedo,
  canUndo,
  emptyHistory,
  record,
  redo,
  undo,
  UndoConflictError,
  type History,
} from '../../shared/history';
import { emptyWorkshop, type Workshop } from '../../shared/model/workshop';
import { parseCommand, reduce } from '../../shared/reducer';
import type { SettingsStore } from '../settings/settingsStore';
import { cleanStaleTempFiles } from '../platform/atomicWrite';
import { ensureWritableFolder } from './dataFolder';
import { documentInfo, listDocuments, nextDocumentPath, withRecent } from './documentFiles';
import { leaveNoDefaultCopy, renameForMeeting, type RenameContext } from './meetingRename';
import type { RenameFile } from './moveDocument';
import { nextMeetingDocument } from './nextMeetingDocument';
import { DocumentStore, withDocumentExtension, type DocumentStoreOptions } from './documentStore';
import { fileExists } from '../platform/fileSystem';
import { noJoining, type Host, type JoinService } from './hostTypes';
import { TaskQueue } from '../platform/taskQueue';
import { PresenceBoard } from './presence';

export interface CreateHostOptions {
  /** Where new workshops are created and where listDocuments looks. Created if missing. */
  documentsDir: string;
  settings: SettingsStore;
  /** Epoch ms; the reducer's `now` and the save times. Tests pass a fake one. */
  clock?: () => number;
  /** Open this document at start (a DocumentError if it cannot be opened). */
  path?: string;
  /** Journal entries between rewrites of the whole file. */
  compactEvery?: number;
  /** Problems that did not stop the host (a damaged journal, an unreadable recent file). */
  onWarning?: (message: string) => void;
  /**
   * The very first document (no recent files, no workshops in the folder) is this one instead
   * of an empty workshop: the first-run sample. `suffix` is a fresh unique id.
   */
  firstWorkshop?: (suffix: string, now: number) => Workshop;
  /** Participants' phones (issue 8): the join requests; without it joining is unavailable. */
  joining?: JoinService;
  /** How a file is renamed when a document takes its meeting's name; tests make it fail. */
  renameFile?: RenameFile;
}

export interface LocalHost extends Host {
  /** Every warning so far, for a shell that shows them after start. */
  readonly warnings: readonly string[];
}

/**
 * The host: owns the open workshop. Each change is reduced, validated, journaled and flushed
 * before it is acknowledged, then broadcast. Undo history lives in memory only: it does not
 * survive a restart or opening another document (the document itself does).
 */
export async function createHost(options: CreateHostOptions): Promise<LocalHost> {
  const documentsDir = path.resolve(options.documentsDir);
  await ensureWritableFolder(documentsDir); // a DataFolderError says what is wrong in one line
  await cleanStaleTempFiles(documentsDir);
  const host = new HostImpl(documentsDir, options);
  await host.start(options.path);
  return host;
}

class HostImpl implements LocalHost {
  readonly warnings: string[] = [];
  readonly handlers: HostHandlers;
  private readonly listeners = new Set<(event: HostEvent) => void>();
  private readonly queue = new TaskQueue();
  private readonly clock: () => number;
  private readonly storeOptions: DocumentStoreOptions;
  private doc: DocumentStore | null = null;
  /** One log for every device; each undoes and redoes only its own changes. */
  private history: History = emptyHistory;
  private readonly presence = new PresenceBoard();
  private closed = false;

  constructor(
    private readonly documentsDir: string,
    private readonly options: CreateHostOptions,
  ) {
    this.clock = options.clock ?? Date.now;
    const language = () => options.settings.get().language; // of the notices on opening
    this.storeOptions = { clock: this.clock, compactEvery: options.compactEvery, language };
    this.handlers = {
      getState: async () => this.snapshot(),
      getPresence: async () => this.presence.editors(),
      ...this.deviceHandlers(FACILITATOR),
      newDocument: () => this.exclusive(() => this.createNew()),
      // A bare name (browser mode has no file dialog) means a file in the documents folder.
      openDocument: ({ path: file }) =>
        this.exclusive(() => this.open(path.resolve(this.documentsDir, file))),
      saveDocumentAs: ({ path: file }) =>
        this.exclusive(() =>
          this.saveAs(withDocumentExtension(path.resolve(this.documentsDir, file))),
        ),
      listDocuments: async () =>
        listDocuments(this.documentsDir, this.options.settings.get().recent),
      // The next meeting of the series as a new document beside this one; this one is unchanged.
      newMeetingInSeries: () =>
        this.exclusive(async () => {
          const next = await nextMeetingDocument(
            this.document,
            this.options.settings.get().language,
          );
          const store = await DocumentStore.create(next.file, next.workshop, 0, this.storeOptions);
          return this.switchTo(store, emptyHistory);
        }),
      getSettings: async () => this.options.settings.get(),
      updateSettings: async (changes) => {
        const settings = this.options.settings.update(changes);
        this.broadcast({ type: 'settings', settings });
        return settings;
      },
      ...(options.joining ?? noJoining).handlers,
    };
    options.joining?.attach({ host: this, broadcast: (event) => this.broadcast(event) });
  }

  handlersFor(device: DeviceIdentity): HostHandlers {
    return { ...this.handlers, ...this.deviceHandlers(device) };
  }

  historyOf(deviceId: string): { canUndo: boolean; canRedo: boolean } {
    return { canUndo: canUndo(this.history, deviceId), canRedo: canRedo(this.history, deviceId) };
  }

  deviceLeft(deviceId: string): void {
    if (this.presence.leave(deviceId)) this.broadcastPresence();
  }

  /** The requests that differ per device: its changes, its undo and redo, who it is, its field. */
  private deviceHandlers(
    device: DeviceIdentity,
  ): Pick<HostHandlers, 'dispatch' | 'undo' | 'redo' | 'getSession' | 'setPresence'> {
    const { deviceId } = device;
    const session: Session = { deviceId, role: device.role, name: device.name };
    return {
      dispatch: (command) =>
        this.mutate(device, () => {
          // The router has validated already; a direct caller may not have.
          const valid = parseCommand(command);
          // A valid command keeps the schema: the reducer is trusted here (re-validating the
          // whole workshop cost ~13 ms a command at 2,000 ideas). shared/reducer.property.test.ts holds
          // it to that; opening a file still validates everything (DocumentStore.open).
          const applied = reduce(this.document.workshop, valid, { now: this.clock() });
          if (applied.patches.length === 0) return null;
          const { patches, inversePatches } = applied;
          // The state names the list elements it touched, so each device undoes its own by id.
          const change = {
            label: valid.type,
            deviceId,
            patches,
            inversePatches,
            state: applied.state,
          };
          return { state: applied.state, patches, history: record(this.history, change) };
        }),
      undo: () =>
        this.mutate(device, () =>
          this.stepping(() => undo(this.document.workshop, this.history, deviceId)),
        ),
      redo: () =>
        this.mutate(device, () =>
          this.stepping(() => redo(this.document.workshop, this.history, deviceId)),
        ),
      getSession: async () => session,
      setPresence: async ({ field }) => {
        if (this.presence.set(device, field)) this.broadcastPresence();
        return null;
      },
    };
  }

  /**
   * An undo or redo; a refused one still drops its entry, so the next one reaches further. No
   * patches go out for it, so the screens are told the undo and redo now left (the device's
   * Undo button goes grey when that was its last change).
   */
  private stepping<T>(step: () => T): T {
    try {
      return step();
    } catch (error) {
      if (error instanceof UndoConflictError) {
        this.history = error.history;
        this.broadcast({
          type: 'history',
          revision: this.document.revision,
          ...this.historyOf(FACILITATOR.deviceId),
        });
      }
      throw error;
    }
  }

  private broadcastPresence(): void {
    this.broadcast({ type: 'presence', editors: this.presence.editors() });
  }

  async start(file: string | undefined): Promise<void> {
    if (file !== undefined) {
      await this.switchTo(await this.openStore(path.resolve(file)), emptyHistory);
      return;
    }
    // The most recent document that still exists; if that one fails to open, a new one.
    for (const candidate of this.options.settings.get().recent) {
      if (!(await fileExists(candidate))) continue;
      try {
        await this.switchTo(await this.openStore(candidate), emptyHistory);
        return;
      } catch (error) {
        this.warn(`Could not reopen ${candidate}: ${message(error)}`);
        break;
      }
    }
    await this.createNew(await this.firstRunWorkshop());
  }

  /** The first-run workshop, when this is the first run: nothing recent, nothing in the folder. */
  private async firstRunWorkshop(): Promise<Workshop | undefined> {
    const build = this.options.firstWorkshop;
    if (!build || this.options.settings.get().recent.length > 0) return undefined;
    const { available } = await listDocuments(this.documentsDir, []);
    return available.length === 0 ? build(nanoid(), this.clock()) : undefined;
  }

  subscribe(listener: (event: HostEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): Promise<void> {
    return this.queue.run(async () => {
      if (this.closed) return;
      this.closed = true;
      await this.options.joining?.close(); // Every phone is told, before the document closes.
      await this.doc?.close();
    });
  }

  private get document(): DocumentStore {
    if (!this.doc) throw new Error('No document is open');
    return this.doc;
  }

  /** Queue a task that must not overlap any other change, refused once the host is closed. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(() => {
      if (this.closed) throw new Error('The host is closed');
      return task();
    });
  }

  /**
   * One change: compute it (a throw refuses it and nothing changes), put it in the journal
   * (awaiting the flush), and only then move the history on, broadcast and acknowledge.
   */
  private mutate(
    device: DeviceIdentity,
    compute: () => { state: Workshop; patches: Patch[]; history: History } | null,
  ): Promise<Ack> {
    return this.exclusive(async () => {
      const doc = this.document;
      const before = doc.workshop;
      const change = compute();
      if (!change) return { revision: doc.revision };
      const revision = await doc.commit(change.state, change.patches);
      this.history = change.history;
      // canUndo / canRedo are the facilitator's; the team server tells each device its own.
      this.broadcast({
        type: 'patches',
        revision,
        patches: change.patches,
        ...this.historyOf(FACILITATOR.deviceId),
        savedAt: doc.savedAt,
        ...(device.deviceId === FACILITATOR.deviceId
          ? {}
          : { by: { deviceId: device.deviceId, name: device.name } }),
      });
      // Acknowledged already: a rename that fails is a warning, never a refused change.
      await this.renameForMeeting(doc, before);
      if (this.doc === doc && doc.compactionDue)
        void this.queue.run(() => this.compactQuietly(doc));
      return { revision };
    });
  }

  private async compactQuietly(doc: DocumentStore): Promise<void> {
    if (doc !== this.doc || this.closed) return;
    try {
      await doc.compact();
    } catch (error) {
      // Nothing is lost: every change is still in the journal. Try again at the next one.
      this.warn(`Could not rewrite ${doc.path}: ${message(error)}`);
    }
  }

  /** A default-named document takes the meeting's name once its title and date are set. */
  private async renameForMeeting(doc: DocumentStore, before: Workshop): Promise<void> {
    try {
      const renamed = await renameForMeeting(doc, before, this.renameContext);
      if (renamed === null) return;
      this.doc = renamed;
      this.broadcast({ type: 'snapshot', snapshot: this.snapshot() });
    } catch (error) {
      this.warn(`Could not rename ${doc.path}: ${message(error)}`);
      // Failed after the journal was released: carry on with the document wherever it is.
      if (this.doc === doc && doc.isClosed) await this.reopenAfterFailedRename(doc.path);
    }
  }

  private async reopenAfterFailedRename(from: string): Promise<void> {
    const file = (await fileExists(from)) ? from : this.options.settings.get().recent[0];
    if (file === undefined) return;
    try {
      await this.switchTo(await this.openStore(file), this.history);
    } catch (error) {
      this.warn(`Could not reopen ${file}: ${message(error)}`);
    }
  }

  private async createNew(workshop = emptyWorkshop(nanoid())): Promise<StateSnapshot> {
    const file = await nextDocumentPath(this.documentsDir);
    const store = await DocumentStore.create(file, workshop, 0, this.storeOptions);
    return this.switchTo(store, emptyHistory);
  }

  private async open(file: string): Promise<StateSnapshot> {
    if (file === this.doc?.path) return this.snapshot();
    return this.switchTo(await this.openStore(file), emptyHistory);
  }

  private async saveAs(file: string): Promise<StateSnapshot> {
    const doc = this.document;
    if (file === doc.path) {
      await doc.compact();
      return this.snapshot();
    }
    // The same workshop at the same revision, so undo still makes sense there.
    const snapshot = await this.switchTo(await doc.saveAs(file), this.history);
    await leaveNoDefaultCopy(doc.path, file, this.renameContext);
    return snapshot;
  }

  private async openStore(file: string): Promise<DocumentStore> {
    await cleanStaleTempFiles(path.dirname(file));
    const store = await DocumentStore.open(file, this.storeOptions);
    for (const warning of store.warnings) this.warn(warning);
    return store;
  }

  /** Make `store` the open document; the old one is compacted and closed. */
  private async switchTo(store: DocumentStore, history: History): Promise<StateSnapshot> {
    const previous = this.doc;
    this.doc = store;
    this.history = history;
    if (previous) {
      try {
        await previous.close();
      } catch (error) {
        this.warn(`Could not rewrite ${previous.path} on closing: ${message(error)}`);
      }
    }
    const snapshot = this.snapshot();
    this.broadcast({ type: 'snapshot', snapshot });
    this.rememberRecent(store.path);
    return snapshot;
  }

  private get renameContext(): RenameContext {
    return {
      updateRecent: (change) => this.setRecent(change),
      warn: (text) => this.warn(text),
      renameFile: this.options.renameFile,
    };
  }

  private rememberRecent(file: string): void {
    this.setRecent((recent) => withRecent(recent, file));
  }

  private setRecent(change: (recent: string[]) => string[]): void {
    try {
      const current = this.options.settings.get().recent;
      const settings = this.options.settings.update({ recent: change([...current]) });
      this.broadcast({ type: 'settings', settings });
    } catch (error) {
      this.warn(`Could not update the recent documents: ${message(error)}`);
    }
  }

  private snapshot(): StateSnapshot {
    const doc = this.document;
    return {
      revision: doc.revision,
      workshop: doc.workshop,
      ...this.historyOf(FACILITATOR.deviceId),
      document: documentInfo(doc.path),
      savedAt: doc.savedAt,
      notices: doc.warnings,
    };
  }

  private broadcast(event: HostEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // One broken view must not stop the others, nor the change already on disk.
        this.warn(`An event listener failed: ${message(error)}`);
      }
    }
  }

  private warn(text: string): void {
    this.warnings.push(text);
    (this.options.onWarning ?? console.warn)(text);
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
