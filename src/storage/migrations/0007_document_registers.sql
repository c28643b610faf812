-- Issue 10 (tree scope): a document is recorded in the register of the unit that keeps it — a
-- Government notice a ward received is the ward's record, the nation's copy is the nation's.
-- A number stays unique within its issuer's series of the year inside one register (Decree 30
-- Art. 15), but two registers may each hold their copy: a ward recording the notice it received
-- must not stop the nation from recording its own, nor the reverse.
DROP INDEX documents_number;
CREATE UNIQUE INDEX documents_number ON documents(unit_id, issuer, year, number_symbol)
  WHERE number IS NOT NULL;
