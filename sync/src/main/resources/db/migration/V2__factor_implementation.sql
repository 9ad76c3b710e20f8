-- The factor package's current implementation of each factor, as the results API resolved it (catalogs exported
-- with a factor library): module, function, version of its last change, sha256, origin, and how the recorded
-- impl_* pointer relates to it (current, stale, legacy, missing, none). NULL when the API resolved nothing.
ALTER TABLE factor_registry ADD COLUMN implementation_module ${TEXT};
ALTER TABLE factor_registry ADD COLUMN implementation_func ${TEXT};
ALTER TABLE factor_registry ADD COLUMN implementation_version ${TEXT};
ALTER TABLE factor_registry ADD COLUMN implementation_sha256 ${TEXT};
ALTER TABLE factor_registry ADD COLUMN implementation_origin ${JSON};
ALTER TABLE factor_registry ADD COLUMN implementation_status ${TEXT};
