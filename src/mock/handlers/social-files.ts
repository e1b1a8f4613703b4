/**
 * Files: uploading attachments (multipart, answered with a token for messages), turning a file
 * key into a URL, and uploading a combination image. Only descriptions of the files are kept.
 * The form parser keeps one file per field name, so an upload stores the last file sent.
 */
import { badRequest, notFound } from '../engine/http-error.js';
import { created, MultipartBody, ok } from '../engine/types.js';
import type { HandlerTable, ReceivedFile } from '../engine/types.js';
import { fileUrl, isKnownFileKey, storeUpload } from '../social/files.js';
import { storeImageCombination } from '../social/image-combinations.js';

function formOf(body: unknown): MultipartBody {
  return body instanceof MultipartBody ? body : new MultipartBody({}, {});
}

function requireFile(form: MultipartBody, name: string): ReceivedFile {
  const file = form.files[name];
  if (file === undefined) throw badRequest([`${name} should not be empty`]);
  return file;
}

function booleanField(form: MultipartBody, name: string): boolean {
  const raw = form.fields[name];
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  throw badRequest([`${name} must be a boolean value`]);
}

/** Handlers for files and combination images. */
export const socialFileHandlers: HandlerTable = {
  StorageController_uploadFiles({ world, caller, request }) {
    const form = formOf(request.body);
    const storage = form.fields.type;
    if (storage === undefined || storage === '') throw badRequest(['type must be a string']);
    const file = requireFile(form, 'files');

    return created({ token: storeUpload(world, caller, storage, [file]).token });
  },

  StorageController_getFileFromKey({ world, caller: _signedIn, param }) {
    const key = param('fileKey');
    if (!isKnownFileKey(world, key)) throw notFound('File not found');

    return ok({ url: fileUrl(key) });
  },

  CombinationController_uploadImage({ world, caller, request }) {
    const form = formOf(request.body);
    const file = requireFile(form, 'file');
    const enableManualCheck = booleanField(form, 'enableManualCheck');

    const combination = storeImageCombination(world, caller, file, enableManualCheck);
    return created({ combinationId: combination.id });
  },
};
