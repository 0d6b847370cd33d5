-- The two sellers whose terms ship with Vezel. Their addresses are from the terms documents and
-- the sellers' sites; the KvK number, VAT id and IBAN are the documented example values (the
-- Belastingdienst's test VAT id NL000099998B57, the ECBS example IBAN), for the operator to replace
-- with its own (`vezel sellers update`, `PATCH /sellers/{id}`) before the first bill run.
INSERT INTO sellers (id, legal_name, profile_id, kvk_number, vat_id, iban, bic, address, email, phone,
                     invoice_series, credit_note_series, created_at, created_by)
VALUES
  ('bit', 'BIT B.V.', 'bit-2016-10-25', '09090000', 'NL000099998B57', 'NL91ABNA0417164300', 'ABNANL2A',
   '{"street": "Galileïlaan", "houseNumber": "19", "postcode": "6716 BP", "city": "Ede", "country": "NL"}',
   'billing@bit.example', '+31318648688', 'BIT', 'BITC', now(), 'migration'),
  ('vitrumnet', 'VitrumNet B.V.', 'vitrumnet-2.5-2018-04-15', '24000000', 'NL000099998B57',
   'NL91ABNA0417164300', 'ABNANL2A',
   '{"street": "Weena", "houseNumber": "1", "postcode": "3012 CM", "city": "Rotterdam", "country": "NL"}',
   'billing@vitrumnet.example', NULL, 'VN', NULL, now(), 'migration')
ON CONFLICT (id) DO NOTHING;
--> statement-breakpoint
-- Service VLANs for links: 2-4094 per IEEE 802.1Q (0 and 4095 reserved, 1 the default VLAN); the
-- operator narrows the range to what its automation hands out.
INSERT INTO vlan_pools (id, first, last) VALUES ('default', 100, 3999) ON CONFLICT (id) DO NOTHING;
