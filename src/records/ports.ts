/** Repositories the records domain needs; storage/ implements them. All lookups are scoped by environment. */
import type { Page, PageQuery } from '../core/store.js';
import type { Account, Inquiry, InquiryStatus, Transaction, Verification } from './types.js';

export interface InquiryFilter {
  ids?: string[];
  accountIds?: string[];
  referenceIds?: string[];
  statuses?: InquiryStatus[];
  note?: string;
  createdAtStart?: Date;
  createdAtEnd?: Date;
  /** Template filters exist on the wire but match nothing here. */
  matchNothing?: boolean;
}

export interface InquiryRepository {
  insert(inquiry: Inquiry): Promise<void>;
  find(environmentId: string, id: string): Promise<Inquiry | null>;
  /** Same as find, locking the row until the transaction ends. */
  findForUpdate(environmentId: string, id: string): Promise<Inquiry | null>;
  update(id: string, patch: Partial<Omit<Inquiry, 'id' | 'environmentId'>>): Promise<Inquiry>;
  list(environmentId: string, filter: InquiryFilter, page: PageQuery): Promise<Page<Inquiry>>;
}

export interface VerificationRepository {
  insert(verification: Verification): Promise<void>;
  find(environmentId: string, id: string): Promise<Verification | null>;
  listByInquiry(inquiryId: string): Promise<Verification[]>;
  /** Verifications of many inquiries in one query (list pages), oldest first per inquiry. */
  listByInquiries(inquiryIds: string[]): Promise<Verification[]>;
  update(id: string, patch: Partial<Omit<Verification, 'id' | 'environmentId'>>): Promise<Verification>;
}

export interface AccountRepository {
  /** Throws AppError NOT_UNIQUE when the reference id is taken in the environment. */
  insert(account: Account): Promise<void>;
  /** Inserts unless the reference id is taken; null then (concurrent creators never both win). */
  insertIfAbsent(account: Account): Promise<Account | null>;
  find(environmentId: string, id: string): Promise<Account | null>;
  findForUpdate(environmentId: string, id: string): Promise<Account | null>;
  findByReference(environmentId: string, referenceId: string): Promise<Account | null>;
  /** Throws AppError NOT_UNIQUE when a new reference id is taken. */
  update(id: string, patch: Partial<Omit<Account, 'id' | 'environmentId'>>): Promise<Account>;
  list(environmentId: string, filter: { referenceIds?: string[] }, page: PageQuery): Promise<Page<Account>>;
}

export interface TransactionRepository {
  /** Throws AppError NOT_UNIQUE when the reference id is taken in the environment. */
  insert(transaction: Transaction): Promise<void>;
  /** Inserts unless the reference id is taken; null then (concurrent creators never both win). */
  insertIfAbsent(transaction: Transaction): Promise<Transaction | null>;
  find(environmentId: string, id: string): Promise<Transaction | null>;
  findForUpdate(environmentId: string, id: string): Promise<Transaction | null>;
  findByReference(environmentId: string, referenceId: string): Promise<Transaction | null>;
  /** Throws AppError NOT_UNIQUE when a new reference id is taken. */
  update(id: string, patch: Partial<Omit<Transaction, 'id' | 'environmentId'>>): Promise<Transaction>;
  list(environmentId: string, filter: { referenceIds?: string[]; transactionTypeIds?: string[] }, page: PageQuery): Promise<Page<Transaction>>;
}

export interface RecordsStore {
  inquiries: InquiryRepository;
  verifications: VerificationRepository;
  accounts: AccountRepository;
  transactions: TransactionRepository;
}
