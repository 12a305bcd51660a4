-- People's e-mail and phone (thư điện tử, điện thoại). Both optional: NULL when not known.
-- The audit image of a person leaves these columns out while they are NULL, so the images
-- recorded before this schema still match the rows (see sqlite_audit_repository.cpp).

ALTER TABLE people ADD COLUMN email TEXT CHECK (email IS NULL OR length(email) BETWEEN 3 AND 254);
ALTER TABLE people ADD COLUMN phone TEXT CHECK (phone IS NULL OR length(phone) BETWEEN 3 AND 40);
