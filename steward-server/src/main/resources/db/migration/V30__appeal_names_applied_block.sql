-- A complaint answers the block in force: the BLOCK decision that applied it (it has a statement
-- of reasons of kind RESTRICTION). Complaints filed before took the listing's latest BLOCK
-- decision, which after a sweep was the sweep's decision on the blocked listing, one that applied
-- nothing. Such complaints now name the block that was in force when they were filed.
UPDATE screening_appeal a
   SET screening_decision_id = (
         SELECT d.id FROM screening_decision d
          WHERE d.listing_id = a.listing_id AND d.action = 'BLOCK' AND d.created_at <= a.created_at
            AND EXISTS (SELECT 1 FROM statement_of_reasons s
                         WHERE s.screening_decision_id = d.id AND s.kind = 'RESTRICTION')
          ORDER BY d.created_at DESC, d.id DESC LIMIT 1)
 WHERE NOT EXISTS (SELECT 1 FROM statement_of_reasons s
                    WHERE s.screening_decision_id = a.screening_decision_id AND s.kind = 'RESTRICTION')
   AND EXISTS (SELECT 1 FROM screening_decision d
                WHERE d.listing_id = a.listing_id AND d.action = 'BLOCK' AND d.created_at <= a.created_at
                  AND EXISTS (SELECT 1 FROM statement_of_reasons s
                               WHERE s.screening_decision_id = d.id AND s.kind = 'RESTRICTION'));
