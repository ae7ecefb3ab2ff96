-- Who revoked a key (DELETE /api/v1/admin/api-keys/{id}); revoked_at has been there since V1.
ALTER TABLE api_key ADD COLUMN revoked_by text;
