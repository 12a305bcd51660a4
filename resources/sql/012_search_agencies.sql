-- Units and agencies (đơn vị, cơ quan) in the search index: Ctrl+K finds "Ủy ban Kinh tế"
-- or "UBKT" and opens it in the catalogues, and the catalogue page's unit filter asks the
-- index as every other list does. Schema 12; the layout is 010_search.sql's.
--
-- A unit's row: its name as the title, its short name as the tags, and itself as its unit
-- (unit_id, and the units column as search_unit_names reads it), so search_units_au of
-- 010 keeps the units column right when it is renamed and the unit filter of the search
-- finds the unit itself.
CREATE VIEW search_src_agency AS
SELECT 'agency' AS kind, a.id AS entity_id, NULL AS parent_id, NULL AS year,
       a.id AS unit_id, a.name AS title, '' AS body, coalesce(a.short_name, '') AS tags,
       coalesce(u.units, '') AS units
FROM agencies a
LEFT JOIN search_unit_names u ON u.id = a.id;

INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
SELECT * FROM search_src_agency;

CREATE TRIGGER search_agencies_ai AFTER INSERT ON agencies
BEGIN
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT * FROM search_src_agency WHERE entity_id = new.id;
END;

CREATE TRIGGER search_agencies_au AFTER UPDATE ON agencies
WHEN old.name IS NOT new.name OR old.short_name IS NOT new.short_name
BEGIN
    DELETE FROM search_docs WHERE kind = 'agency' AND entity_id = old.id;
    INSERT INTO search_docs(kind, entity_id, parent_id, year, unit_id, title, body, tags, units)
    SELECT * FROM search_src_agency WHERE entity_id = new.id;
END;

CREATE TRIGGER search_agencies_ad AFTER DELETE ON agencies
BEGIN
    DELETE FROM search_docs WHERE kind = 'agency' AND entity_id = old.id;
END;
