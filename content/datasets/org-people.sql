-- title: A company's people: org chart, job levels, pay history, on-call rota and a product category tree
-- Northwind Works, a 38-person product company, as of 2026-03-01. Salaries are annual, in whole
-- currency units. left_on is an employee's LAST working day (inclusive); NULL means still employed.
-- Departed employees stay in `employees` with the manager they had when they left; nobody reports
-- to a departed employee. Employee ids were never reused: 12, 32, 36 and 37 were never issued.

-- Departments. Legal exists in the chart of accounts but has no employees yet (trap: a department
-- with nobody in it is not "a department where everyone earns more than X").
CREATE TABLE departments (
  dept_id INTEGER PRIMARY KEY,
  name    TEXT NOT NULL UNIQUE
);
INSERT INTO departments VALUES
  (1, 'Executive'),
  (2, 'Engineering'),
  (3, 'Data'),
  (4, 'Sales'),
  (5, 'Finance'),
  (6, 'People'),
  (7, 'Legal');

-- Job levels. level_id runs IC1..IC4 then M1..M3 then E1, but seniority is `grade`: a staff
-- engineer (IC4) is the same grade as a first-line manager (M1). Trap: comparing level_id instead
-- of grade says IC4 is junior to M1.
CREATE TABLE job_levels (
  level_id INTEGER PRIMARY KEY,
  code     TEXT NOT NULL UNIQUE,
  title    TEXT NOT NULL,
  grade    INTEGER NOT NULL
);
INSERT INTO job_levels VALUES
  (1, 'IC1', 'Associate',         1),
  (2, 'IC2', 'Professional',      2),
  (3, 'IC3', 'Senior',            3),
  (4, 'IC4', 'Staff',             4),
  (5, 'M1',  'Manager',           4),
  (6, 'M2',  'Director',          5),
  (7, 'M3',  'Vice President',    6),
  (8, 'E1',  'Chief Executive',   7);

-- Employees: the org chart is five levels deep (Margot > Tobias > Samuel > Felix > Ruth/Mei/Jonas).
-- Traps in the rows:
--   * Margot (1) has no manager: the root of the chart.
--   * Samuel (8) sits in Engineering but every one of his reports is in Data.
--   * Walter (35) is a contractor advisor: salary NULL, level NULL. NULL sorts FIRST under
--     ORDER BY ... DESC in PostgreSQL and LAST in SQLite.
--   * Tobias (2) and Priya (3) tie at 215000; Dmitri (6) and Samuel (8) at 164000; Chloe (9) and
--     Rafael (10) at 131000; Ruth (19) and Sofia (20) at 128000, the top of Data.
--   * Ahmed (15) out-earns his manager Dmitri (6), Ruth (19) hers, Felix (22); Hannah (18) earns
--     exactly what her manager Lena (7) earns; departed Grace (42) out-earned Dmitri.
--   * Four have left: Victor (41, a former VP), Grace (42), Tariq (38), Kofi (39).
--   * Boundaries: Leo (28) joined on the day Grace left; Isla (40) joined the day after Kofi left;
--     Rafael (10) has exactly five years' tenure on 2026-03-01, Bianca (23) one day less, Ben (34)
--     exactly two; Mei (29) and Jonas (30) were hired exactly 30 days apart, Yusuf (24) and
--     Elena (25) 31 days apart.
CREATE TABLE employees (
  emp_id     INTEGER PRIMARY KEY,
  full_name  TEXT NOT NULL,
  dept_id    INTEGER NOT NULL REFERENCES departments (dept_id),
  manager_id INTEGER REFERENCES employees (emp_id),
  level_id   INTEGER REFERENCES job_levels (level_id),
  job_title  TEXT NOT NULL,
  hired_on   DATE NOT NULL,
  left_on    DATE,
  salary     NUMERIC(10, 2)
);
INSERT INTO employees VALUES
  (1,  'Margot Ellison',   1, NULL, 8, 'Chief Executive Officer',     '2017-03-01', NULL,         300000),
  (2,  'Tobias Reyes',     2, 1,    7, 'VP Engineering',              '2018-06-04', NULL,         215000),
  (3,  'Priya Natarajan',  4, 1,    7, 'VP Sales',                    '2019-01-14', NULL,         215000),
  (4,  'Hugo Lindqvist',   5, 1,    7, 'Chief Financial Officer',     '2019-09-02', NULL,         190000),
  (5,  'Amara Osei',       6, 1,    6, 'Head of People',              '2020-02-17', NULL,         142000),
  (6,  'Dmitri Volkov',    2, 2,    5, 'Engineering Manager, Platform','2019-04-08', NULL,        164000),
  (7,  'Lena Fischer',     2, 2,    5, 'Engineering Manager, Product', '2020-08-03', NULL,        150000),
  (8,  'Samuel Adeyemi',   2, 2,    6, 'Director, Data Platform',     '2019-11-11', NULL,         164000),
  (9,  'Chloe Martin',     4, 3,    5, 'Sales Manager, EMEA',         '2020-05-11', NULL,         131000),
  (10, 'Rafael Costa',     4, 3,    5, 'Sales Manager, Americas',     '2021-03-01', NULL,         131000),
  (11, 'Ingrid Holm',      5, 4,    5, 'Financial Controller',        '2021-06-07', NULL,         118000),
  (13, 'Kenji Watanabe',   2, 6,    3, 'Senior Software Engineer',    '2020-01-13', NULL,         125000),
  (14, 'Zoe Clarke',       2, 6,    2, 'Software Engineer',           '2022-09-05', NULL,         104000),
  (15, 'Ahmed Farouk',     2, 6,    4, 'Principal Engineer',          '2018-09-17', NULL,         168000),
  (16, 'Olivia Brooks',    2, 7,    3, 'Senior Software Engineer',    '2021-02-01', NULL,         125000),
  (17, 'Mateo Silva',      2, 7,    2, 'Software Engineer',           '2022-09-26', NULL,          98000),
  (18, 'Hannah Weiss',     2, 7,    4, 'Staff Engineer',              '2020-07-06', NULL,         150000),
  (22, 'Felix Duarte',     3, 8,    5, 'Data Engineering Lead',       '2021-01-11', NULL,         126000),
  (19, 'Ruth Abernathy',   3, 22,   3, 'Senior Data Engineer',        '2020-03-02', NULL,         128000),
  (20, 'Sofia Rossi',      3, 8,    3, 'Senior Analytics Engineer',   '2022-04-04', NULL,         128000),
  (21, 'Omar Haddad',      3, 8,    2, 'Data Engineer',               '2022-04-25', NULL,         104000),
  (23, 'Bianca Ferreira',  4, 10,   3, 'Senior Account Executive',    '2021-03-02', NULL,         124000),
  (24, 'Yusuf Demir',      4, 9,    2, 'Account Executive',           '2023-01-09', NULL,          88000),
  (25, 'Elena Popescu',    4, 9,    2, 'Account Executive',           '2023-02-09', NULL,          88000),
  (26, 'Marcus Webb',      4, 10,   2, 'Account Executive',           '2024-01-08', NULL,          72000),
  (27, 'Pablo Ortega',     5, 11,   2, 'Accountant',                  '2023-07-03', NULL,          84000),
  (28, 'Leo Murphy',       2, 18,   1, 'Associate Engineer',          '2024-11-29', NULL,          78000),
  (29, 'Mei Chen',         3, 22,   1, 'Data Analyst',                '2024-08-19', NULL,          82000),
  (30, 'Jonas Berg',       3, 22,   1, 'Data Analyst',                '2024-09-18', NULL,          76000),
  (31, 'Lucy Grant',       6, 5,    2, 'People Partner',              '2022-11-14', NULL,          88000),
  (33, 'Nadia Petrov',     1, 1,    5, 'Chief of Staff',              '2023-05-15', NULL,         135000),
  (34, 'Ben Carter',       6, 5,    2, 'Recruiter',                   '2024-03-01', NULL,          88000),
  (35, 'Walter Brandt',    1, 1,    NULL, 'Board Advisor (contractor)', '2024-10-01', NULL,       NULL),
  (38, 'Tariq Aziz',       3, 22,   1, 'Data Analyst',                '2023-02-06', '2025-03-14',  68000),
  (39, 'Kofi Mensah',      4, 10,   2, 'Account Executive',           '2022-03-07', '2025-06-30',  84000),
  (40, 'Isla Novak',       4, 9,    1, 'Sales Development Rep',       '2025-07-01', NULL,          62000),
  (41, 'Victor Hale',      4, 1,    7, 'VP Sales',                    '2016-04-04', '2018-12-21', 205000),
  (42, 'Grace Kim',        2, 6,    4, 'Staff Engineer',              '2019-05-06', '2024-11-29', 170000);

-- Salary history since the HR system went live on 2023-01-01: one row per change, effective from
-- `effective_from` until the next row. People hired before then have an 'opening' row dated
-- 2023-01-01; later hires have a 'hire' row on their hire date. Each employee's latest row equals
-- employees.salary. Walter (contractor) and Victor (left in 2018) have no rows.
-- Traps: raises effective exactly on 2025-07-01 (Nadia, Rafael) and Isla's hire row that day;
-- Mei's 'correction' LOWERS her pay, so her highest salary is not her current one.
CREATE TABLE salary_history (
  emp_id         INTEGER NOT NULL REFERENCES employees (emp_id),
  effective_from DATE NOT NULL,
  salary         NUMERIC(10, 2) NOT NULL,
  reason         TEXT NOT NULL,
  PRIMARY KEY (emp_id, effective_from)
);
INSERT INTO salary_history VALUES
  (1,  '2023-01-01', 300000, 'opening'),
  (33, '2023-05-15', 120000, 'hire'),
  (33, '2024-07-01', 128000, 'merit'),
  (33, '2025-07-01', 135000, 'merit'),
  (2,  '2023-01-01', 200000, 'opening'),
  (2,  '2025-01-01', 215000, 'merit'),
  (6,  '2023-01-01', 164000, 'opening'),
  (7,  '2023-01-01', 150000, 'opening'),
  (8,  '2023-01-01', 164000, 'opening'),
  (13, '2023-01-01', 118000, 'opening'),
  (13, '2025-10-01', 125000, 'merit'),
  (14, '2023-01-01', 104000, 'opening'),
  (15, '2023-01-01', 168000, 'opening'),
  (16, '2023-01-01', 125000, 'opening'),
  (17, '2023-01-01',  90000, 'opening'),
  (17, '2025-04-01',  98000, 'merit'),
  (18, '2023-01-01', 142000, 'opening'),
  (18, '2024-10-01', 150000, 'merit'),
  (28, '2024-11-29',  78000, 'hire'),
  (42, '2023-01-01', 170000, 'opening'),
  (19, '2023-01-01', 115000, 'opening'),
  (19, '2024-04-01', 122000, 'merit'),
  (19, '2025-04-01', 128000, 'merit'),
  (22, '2023-01-01', 120000, 'opening'),
  (22, '2025-04-01', 126000, 'merit'),
  (20, '2023-01-01',  98000, 'opening'),
  (20, '2024-04-01', 110000, 'promotion'),
  (20, '2025-10-01', 128000, 'market adjustment'),
  (21, '2023-01-01',  96000, 'opening'),
  (21, '2025-04-01', 104000, 'merit'),
  (29, '2024-08-19',  84000, 'hire'),
  (29, '2025-09-01',  82000, 'correction'),
  (30, '2024-09-18',  76000, 'hire'),
  (38, '2023-02-06',  65000, 'hire'),
  (38, '2024-04-01',  68000, 'merit'),
  (3,  '2023-01-01', 215000, 'opening'),
  (9,  '2023-01-01', 131000, 'opening'),
  (10, '2023-01-01', 118000, 'opening'),
  (10, '2024-04-01', 124000, 'merit'),
  (10, '2025-07-01', 131000, 'merit'),
  (23, '2023-01-01', 110000, 'opening'),
  (23, '2024-04-01', 116000, 'merit'),
  (23, '2025-04-01', 124000, 'promotion'),
  (24, '2023-01-09',  80000, 'hire'),
  (24, '2024-04-01',  84000, 'merit'),
  (24, '2025-04-01',  88000, 'merit'),
  (25, '2023-02-09',  82000, 'hire'),
  (25, '2025-04-01',  88000, 'merit'),
  (26, '2024-01-08',  72000, 'hire'),
  (40, '2025-07-01',  62000, 'hire'),
  (39, '2023-01-01',  84000, 'opening'),
  (4,  '2023-01-01', 190000, 'opening'),
  (11, '2023-01-01', 110000, 'opening'),
  (11, '2025-04-01', 118000, 'merit'),
  (27, '2023-07-03',  84000, 'hire'),
  (5,  '2023-01-01', 142000, 'opening'),
  (31, '2023-01-01',  84000, 'opening'),
  (31, '2025-10-01',  88000, 'merit'),
  (34, '2024-03-01',  88000, 'hire');

-- A reorg draft typed into a spreadsheet and loaded as is: proposed manager per employee. It was
-- never applied, and it is broken: Samuel (8) -> Felix (22) -> Ruth (19) -> Samuel is a loop, and
-- Omar (21) is his own manager. Sofia (20), Mei (29) and Jonas (30) report INTO the loop without
-- being part of it (trap: they never reach the top either). No foreign key: drafts hold anything.
CREATE TABLE org_chart_draft (
  emp_id     INTEGER PRIMARY KEY,
  manager_id INTEGER
);
INSERT INTO org_chart_draft VALUES
  (1,  NULL),
  (2,  1),
  (3,  1),
  (6,  2),
  (13, 6),
  (8,  22),
  (22, 19),
  (19, 8),
  (20, 19),
  (21, 21),
  (29, 22),
  (30, 29);

-- Work handed from one person to another; a dispute goes to the lowest manager both report up to.
-- Trap: in handoff 3, Felix is Jonas's own manager, so Felix himself is the meeting point.
CREATE TABLE handoffs (
  handoff_id  INTEGER PRIMARY KEY,
  from_emp_id INTEGER NOT NULL REFERENCES employees (emp_id),
  to_emp_id   INTEGER NOT NULL REFERENCES employees (emp_id),
  topic       TEXT NOT NULL
);
INSERT INTO handoffs VALUES
  (1, 28, 29, 'event schema for the billing page'),
  (2, 14, 13, 'flaky deploy pipeline'),
  (3, 30, 22, 'dashboard refresh schedule'),
  (4, 26, 27, 'commission accruals'),
  (5, 17, 28, 'feature flag cleanup');

-- Weekly on-call rota: the engineer on call for the week starting Monday week_start. There was
-- no rota in the shutdown week of 2025-12-29 (no row). Rows 13-15 were typed in late, so rota_id
-- order is not week order.
CREATE TABLE on_call_weeks (
  rota_id    INTEGER PRIMARY KEY,
  week_start DATE NOT NULL UNIQUE,
  emp_id     INTEGER NOT NULL REFERENCES employees (emp_id)
);
INSERT INTO on_call_weeks VALUES
  (1,  '2025-11-03', 13),
  (2,  '2025-11-10', 13),
  (3,  '2025-11-24', 14),
  (4,  '2025-12-15', 14),
  (5,  '2025-12-22', 15),
  (6,  '2026-01-05', 15),
  (7,  '2026-01-12', 15),
  (8,  '2026-01-19', 18),
  (9,  '2026-01-26', 18),
  (10, '2026-02-02', 18),
  (11, '2026-02-09', 14),
  (12, '2026-02-16', 21),
  (13, '2025-11-17', 13),
  (14, '2025-12-01', 16),
  (15, '2025-12-08', 16);

-- Training sign-ups from a form that double-posts. The same employee on the same course is a
-- duplicate however far apart the rows are. Traps: row 7 repeats row 6 to the second; row 11 has an
-- EARLIER timestamp than row 9 but a higher id.
CREATE TABLE training_enrollments (
  enrollment_id INTEGER PRIMARY KEY,
  emp_id        INTEGER NOT NULL REFERENCES employees (emp_id),
  course_code   TEXT NOT NULL,
  enrolled_at   TIMESTAMP NOT NULL
);
INSERT INTO training_enrollments VALUES
  (1,  13, 'SEC-101', '2025-10-01 09:00:00'),
  (2,  13, 'SEC-101', '2025-10-01 09:00:04'),
  (3,  14, 'SEC-101', '2025-10-02 10:00:00'),
  (4,  14, 'SQL-201', '2025-10-02 10:05:00'),
  (5,  29, 'SQL-201', '2025-10-03 11:00:00'),
  (6,  29, 'SQL-201', '2025-10-06 08:30:00'),
  (7,  29, 'SQL-201', '2025-10-06 08:30:00'),
  (8,  30, 'SQL-201', '2025-10-03 11:02:00'),
  (9,  23, 'NEG-110', '2025-10-04 15:20:00'),
  (10, 13, 'SQL-201', '2025-10-07 09:15:00'),
  (11, 23, 'NEG-110', '2025-10-04 15:10:00'),
  (12, 31, 'SEC-101', '2025-10-08 13:45:00');

-- Product category tree, up to four levels deep (Home > Kitchen > Cookware > Frying pans).
-- Traps: Furniture and Sleeping bags sell nothing; the kitchen scale is filed directly under
-- Kitchen, a category that also has children.
CREATE TABLE product_categories (
  category_id INTEGER PRIMARY KEY,
  parent_id   INTEGER REFERENCES product_categories (category_id),
  name        TEXT NOT NULL
);
INSERT INTO product_categories VALUES
  (1,  NULL, 'Home'),
  (2,  1,    'Kitchen'),
  (3,  2,    'Cookware'),
  (4,  3,    'Frying pans'),
  (5,  3,    'Saucepans'),
  (6,  2,    'Tableware'),
  (7,  1,    'Furniture'),
  (8,  NULL, 'Outdoor'),
  (9,  8,    'Garden'),
  (10, 9,    'Hand tools'),
  (11, 9,    'Planters'),
  (12, 8,    'Camping'),
  (13, 12,   'Tents'),
  (14, 12,   'Sleeping bags');

CREATE TABLE products (
  product_id  INTEGER PRIMARY KEY,
  category_id INTEGER NOT NULL REFERENCES product_categories (category_id),
  name        TEXT NOT NULL
);
INSERT INTO products VALUES
  (101, 4,  'Cast-iron skillet'),
  (102, 4,  'Nonstick pan 28 cm'),
  (103, 5,  'Stock pot 8 L'),
  (104, 6,  'Stoneware plate set'),
  (105, 2,  'Kitchen scale'),
  (106, 7,  'Oak side table'),
  (107, 10, 'Pruning shears'),
  (108, 10, 'Trowel'),
  (109, 11, 'Terracotta planter'),
  (110, 13, 'Two-person tent'),
  (111, 14, 'Down sleeping bag');

-- Sales lines in January and February 2026; revenue is quantity * unit_price.
CREATE TABLE product_sales (
  sale_id    INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products (product_id),
  sold_on    DATE NOT NULL,
  quantity   INTEGER NOT NULL,
  unit_price NUMERIC(8, 2) NOT NULL
);
INSERT INTO product_sales VALUES
  (1,  101, '2026-01-03', 2, 45.00),
  (2,  102, '2026-01-04', 1, 32.50),
  (3,  101, '2026-01-10', 1, 45.00),
  (4,  103, '2026-01-11', 3, 28.00),
  (5,  104, '2026-01-12', 2, 54.00),
  (6,  105, '2026-01-15', 4, 19.99),
  (7,  107, '2026-01-18', 2, 16.50),
  (8,  108, '2026-01-18', 5, 6.75),
  (9,  109, '2026-01-20', 6, 12.00),
  (10, 110, '2026-01-22', 1, 189.00),
  (11, 102, '2026-01-25', 2, 30.00),
  (12, 110, '2026-02-01', 1, 179.00),
  (13, 109, '2026-02-03', 4, 12.00),
  (14, 104, '2026-02-05', 1, 54.00),
  (15, 107, '2026-02-08', 1, 16.50);
