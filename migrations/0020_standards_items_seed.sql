-- The national-standards checklist starts with what Cambodia's guidelines and
-- the UN Guidelines on Justice in Matters involving Child Victims and Witnesses
-- ask of the criminal justice process for a child victim. It is an editable
-- starting point (decision 013): administrators reword, reorder, deactivate
-- and add items on the indicators settings page.
INSERT INTO "standards_items" ("code", "label_en", "label_km", "sort_order") VALUES
  ('informed_of_rights', 'The child was informed of their rights and of the process, in a language they understand', 'កុមារត្រូវបានជូនដំណឹងអំពីសិទ្ធិ និងនីតិវិធី ជាភាសាដែលកុមារយល់', 10),
  ('trained_interviewer', 'The child was interviewed by an officer trained to interview children', 'កុមារត្រូវបានសួរចម្លើយដោយមន្ត្រីដែលបានទទួលការបណ្តុះបណ្តាលលើការសួរចម្លើយកុមារ', 20),
  ('support_person_present', 'A parent, guardian or support person was present at the child''s interviews', 'ឪពុកម្តាយ អាណាព្យាបាល ឬអ្នកគាំទ្រ មានវត្តមាននៅពេលសួរចម្លើយកុមារ', 30),
  ('single_recorded_interview', 'Where possible, the child was interviewed once and the interview was recorded', 'តាមលទ្ធភាព កុមារត្រូវបានសួរចម្លើយតែម្តង ហើយការសួរចម្លើយត្រូវបានថតទុក', 40),
  ('medical_exam_consent', 'Any medical examination was done with consent, by a practitioner of the child''s sex', 'ការពិនិត្យសុខភាពធ្វើឡើងដោយមានការយល់ព្រម និងដោយគ្រូពេទ្យដែលមានភេទដូចកុមារ', 50),
  ('no_contact_with_accused', 'The child was kept apart from the accused at the police station and at court', 'កុមារមិនត្រូវបានឱ្យជួបមុខជនជាប់ចោទ នៅប៉ុស្តិ៍នគរបាល និងនៅតុលាការ', 60),
  ('identity_protected', 'The child''s identity was kept out of public court records and the media', 'អត្តសញ្ញាណកុមារត្រូវបានការពារ មិនឱ្យបង្ហាញក្នុងឯកសារតុលាការជាសាធារណៈ និងប្រព័ន្ធផ្សព្វផ្សាយ', 70),
  ('legal_representation', 'The child had a lawyer from the first interview to the end of the case', 'កុមារមានមេធាវីតំណាង ចាប់ពីការសួរចម្លើយលើកដំបូង រហូតដល់ចប់សំណុំរឿង', 80),
  ('psychosocial_support', 'The child was referred to social and psychological support', 'កុមារត្រូវបានបញ្ជូនទៅទទួលសេវាគាំទ្រសង្គមកិច្ច និងផ្លូវចិត្ត', 90),
  ('compensation_informed', 'The child and family were told of the right to claim compensation', 'កុមារ និងគ្រួសារត្រូវបានជូនដំណឹងអំពីសិទ្ធិទាមទារសំណង', 100),
  ('heard_without_delay', 'The case was heard without undue delay', 'សំណុំរឿងត្រូវបានជំនុំជម្រះដោយគ្មានការពន្យារពេលហួសហេតុ', 110)
ON CONFLICT ("code") DO NOTHING;
