import { enableArrayMethods, enablePatches } from 'immer';

/*
 * Immer's plugins, loaded by every module that makes or applies patches (imported for this
 * effect alone). Patches carry each change to the views, the journal and undo. Array methods
 * let a command's find, some or splice read a list's items instead of making a draft of each
 * one it passes: checking a new idea's id against 2,000 ideas drafted all 2,000, which was
 * most of the command's time. With it, callbacks of these methods see plain items, never drafts
 * (commands change items through what find and filter return, which are drafts).
 */
enablePatches();
enableArrayMethods();
