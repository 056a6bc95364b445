-- The charges list starts with the articles of the 2008 Law on Suppression of
-- Human Trafficking and Sexual Exploitation that the organisation's cases are
-- charged under (article numbers checked against court reports; titles are
-- short working titles, not the law's official wording: see decision 011).
INSERT INTO "court_charges" ("code", "label_en", "label_km", "sort_order") VALUES
  ('tip2008_art10', 'Art. 10 – Unlawful removal with purpose', 'មាត្រា ១០ – ការនាំមនុស្សចេញដោយខុសច្បាប់ក្នុងគោលបំណង', 10),
  ('tip2008_art25', 'Art. 25 – Procurement of prostitution', 'មាត្រា ២៥ – ការជួញដូរពេស្យាកម្ម', 25),
  ('tip2008_art27', 'Art. 27 – Procurement of prostitution with aggravating circumstances', 'មាត្រា ២៧ – ការជួញដូរពេស្យាកម្មដោយមានកាលៈទេសៈទម្ងន់ទោស', 27),
  ('tip2008_art28', 'Art. 28 – Procurement with regard to child prostitution', 'មាត្រា ២៨ – ការជួញដូរពេស្យាកម្មកុមារ', 28),
  ('tip2008_art34', 'Art. 34 – Purchase of child prostitution', 'មាត្រា ៣៤ – ការទិញពេស្យាកម្មកុមារ', 34),
  ('tip2008_art42', 'Art. 42 – Sexual intercourse with a minor under 15 years', 'មាត្រា ៤២ – ការរួមភេទជាមួយអនីតិជនអាយុក្រោម ១៥ ឆ្នាំ', 42),
  ('tip2008_art43', 'Art. 43 – Indecent act against a minor under 15 years', 'មាត្រា ៤៣ – អំពើអាសអាភាសលើអនីតិជនអាយុក្រោម ១៥ ឆ្នាំ', 43)
ON CONFLICT ("code") DO NOTHING;
