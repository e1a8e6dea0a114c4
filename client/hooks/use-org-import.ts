/**
 * Importing organizations from a spreadsheet: choose an .xlsx file, upload it, import it (all or
 * nothing). On IMPORT_INVALID the row errors come back as a list to show.
 */
import { useState } from 'react';
import type { ErrorReply } from '../../shared/envelope';
import { files } from '../api/files';
import { org as orgApi } from '../api/org';
import { chooseSpreadsheet, type ChosenFile } from '../lib/choose-file';
import { useSubmit } from './use-submit';

export interface OrgImportDeps {
  choose: typeof chooseSpreadsheet;
  upload: typeof files.upload;
  importOrgs: typeof orgApi.importOrgs;
}

const DEFAULT_DEPS: OrgImportDeps = {
  choose: chooseSpreadsheet,
  upload: files.upload,
  importOrgs: orgApi.importOrgs,
};

export interface OrgImport {
  /** Choose a file, then upload and import it. */
  start: () => Promise<void>;
  pending: boolean;
  fileName: string | null;
  /** How many organizations were imported, after a success. */
  imported: number | null;
  /** The failure: a wrong file, or the reply (its message) … */
  error: string | null;
  /** … and on IMPORT_INVALID, one line per bad row: `第 n 行：…`. */
  rowErrors: string[];
}

/** `第 3 行：…` (the server writes it so; a bare message gets the row from its path). */
export function rowErrors(error: ErrorReply | null): string[] {
  if (!error || error.code !== 'IMPORT_INVALID') return [];
  return (error.issues ?? []).map((issue) => {
    const row = issue.path[0] === 'rows' ? issue.path[1] : undefined;
    return /^第\s*\d+\s*行/.test(issue.message) || row === undefined ? issue.message : `第 ${row} 行：${issue.message}`;
  });
}

export function useOrgImport(onImported: (count: number) => void, deps: OrgImportDeps = DEFAULT_DEPS): OrgImport {
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const submit = useSubmit(async (file: ChosenFile, options) => {
    const uploaded = await deps.upload(file.path, file.ext);
    return uploaded.ok ? deps.importOrgs({ fileId: uploaded.data.fileId }, options) : uploaded;
  });

  const start = async () => {
    // No guard while choosing: the chooser is modal, and a browser that never reports a cancelled
    // choice must not leave the button dead.
    if (submit.pending) return;
    const file = await deps.choose();
    if (!file) return;
    setFileName(file.name);
    setImported(null);
    submit.clearError();
    if (file.ext !== 'xlsx') {
      setFileError('请选择 .xlsx 格式的表格（Excel 2007 及以上）');
      return;
    }
    setFileError(null);
    const reply = await submit.run(file);
    if (reply?.ok) {
      setImported(reply.data.imported);
      onImported(reply.data.imported);
    }
  };

  return {
    start,
    pending: submit.pending,
    fileName,
    imported,
    error: fileError ?? submit.error?.message ?? null,
    rowErrors: rowErrors(submit.error),
  };
}
