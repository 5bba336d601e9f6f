## Qapı interface messages: English.
## Every message here exists in az.ftl and ru.ftl too, with the same
## attributes and variables (the core tests check it).

## Site frame

site-name = Migration e-services
site-agency = State Migration Service of the Republic of Azerbaijan
# The browser tab title of every page.
document-title = { $page } – { site-name }
document-title-error = Error: { $page } – { site-name }
skip-link = Skip to main content
language-nav-label = Language
footer-call-centre = Call centre: (012) 919, around the clock, in Azerbaijani, English and Russian.
footer-open-source = Qapı is open-source software: any migration service can run it with its own backend.

## Home page: the catalog

home-title = Find a service
home-intro = Apply, check your status and pay state duties online. { $count } services, in Azerbaijani, English and Russian.
search-label = Search services
search-hint = For example: registration, work permit, travel ban
filter-legend = Show services for
filter-all = Everyone
# Announced to screen readers whenever the search or filter changes.
results-count =
    { $count ->
        [0] No services match.
        [one] { $count } service matches.
       *[other] { $count } services match.
    }
results-none-hint = Check the spelling, use fewer words or choose “Everyone”.
kind-application = Application
kind-lookup = Check
kind-tool = Tool
category-stay = Stay and registration
category-residence = Residence permits
category-work = Work permits
category-citizenship = Citizenship
category-careers = Working at the Service
category-check = Check and pay
category-tools = Calculators and appointments
audience-foreigner = Foreigners and stateless persons
audience-representative = Representatives
audience-host = Hosts (flat owners, hotels)
audience-employer = Employers
audience-citizen = Citizens of Azerbaijan

## Service page

back-to-catalog = All e-services
service-start = Start now
service-for-foreigner = For foreigners and stateless persons
service-for-foreigner-host = For foreigners and stateless persons, and their hosts
service-for-foreigner-representative = For foreigners and stateless persons, and their representatives
service-for-foreigner-representative-employer = For foreigners and stateless persons, their representatives and employers
service-for-employer = For employers
service-for-citizen = For citizens of Azerbaijan
service-for-foreigner-representative-host-employer-citizen = For everyone
service-section-who = Who can use this service
service-section-documents = Documents you need
service-section-fees = Fees
service-section-processing = Processing time
service-section-validity = Validity
service-section-legal = Legal basis
service-section-channels = Where to use it
fee-free = This service is free of charge.
fee-table-caption = State duty: { $group }
fee-column-period = Period
fee-column-amount = State duty
fee-column-working-days =
    { $days ->
        [one] Decision in { $days } working day
       *[other] Decision in { $days } working days
    }
fee-any-period = Any period
fee-not-offered = Not offered
fee-source = Amounts are set by the Law “On State Duty” and can change. The amount you must pay is confirmed when you apply.
period-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
period-months =
    { $count ->
        [one] { $count } month
       *[other] { $count } months
    }
period-years =
    { $count ->
        [one] { $count } year
       *[other] { $count } years
    }
period-years-and-half = { $years }.5 years
fee-group-adult = Adults
fee-group-minor = Children under 18
fee-group-student = Full-time students
fee-group-employer = Work permit
fee-group-liberated-territories = Work in the liberated territories (2023–2028)
channel-online = Online, on this portal
channel-egov = e-Government portal (e-gov.az)
channel-mygov = myGov portal (my.gov.az)
channel-mobile = MigAz mobile app
channel-asan = ASAN service centres
channel-office = Regional migration departments
channel-email = By email: qeydiyyat@migration.gov.az

## Page not found

not-found-title = Page not found
not-found-body = If you typed the web address, check that it is correct. If you followed a link, the page may have moved.
not-found-home = Go to the list of e-services

## Required documents

doc-application-form = Application form
doc-passport-copy = Copy of the passport or other border-crossing document
doc-list-on-applying = The full list of documents is confirmed when you apply. For questions, call (012) 919.
doc-others-on-applying = Other documents the Service asks for: the full list is confirmed when you apply.
doc-passport-copy-entry-pages = Copy of the passport or other border-crossing document, including the visa page and the page with the last entry stamp
doc-passport-copy-valid-3-months = Copy of the passport, valid for at least 3 months after the permit ends
doc-birth-certificate-minor = Notarised copy of the birth certificate (for a child without a passport)
doc-extension-grounds = Document confirming the reason for the extension
doc-photos-35x45 = Two photos, 3.5 × 4.5 cm
doc-photos-3x4 = Four photos, 3 × 4 cm
doc-housing-document = Document for the home you live in (property register extract, lease or similar)
doc-housing-provider-consent = Application from the person providing the home, with a copy of their identity document (not needed if the home is yours)
doc-fee-receipt = Receipt for the state duty
doc-residence-grounds = Notarised document proving the grounds for the permit
doc-health-certificate = Medical certificate showing no HIV, hepatitis B or hepatitis C infection
doc-right-to-stay-document = Copy of the document that gives the right to stay in Azerbaijan
doc-children-consent = Notarised consent of children aged 14 to 18
doc-proof-of-funds = Proof of means to cover basic needs
doc-residence-card-copy = Copy of the residence permit card
doc-work-permit-form = Employer’s work permit application form
doc-qualification-document = Document showing the qualification the job requires
doc-hiring-justification = Employer’s reasons for hiring a foreign worker
doc-application-to-president = Application addressed to the President of the Republic of Azerbaijan
doc-biography = Autobiography
doc-family-composition = Certificate of family composition
doc-notarised-id-copy = Notarised copy of the identity document
doc-proof-of-income = Proof of a lawful source of income
doc-state-language-certificate = Certificate of knowledge of the Azerbaijani language
doc-notice-form = Notice form about the foreign citizenship

## The 18 services: the title, then its texts as attributes

svc-registration = Registration at the place of stay
    .summary = Register a foreigner or stateless person at the address where they stay in Azerbaijan.
    .who = The host (the owner of the flat, or a hotel or other place of accommodation) or the foreigner or stateless person themself. A stay of more than 15 days (30 days for citizens of Kazakhstan) must be registered. Register within 15 days of arrival (30 for citizens of Kazakhstan), and within 5 working days of moving to a new address. You do not need to register again if you move to another flat owned by the same person. You can be fined for registering late.
    .processing = The registration is entered into the Unified Migration Information System at once; you are informed within 1 working day. The registration notice has a number that shows you are registered.
    .validity = For the period of stay allowed by the visa, or 90 days without a visa.
    .legal = Migration Code, Article 21; Law “On Registration at the Place of Residence and Place of Stay”, Article 11.
    .keywords = address registration
svc-stay-extension = Extension of the temporary stay period
    .summary = Ask to stay in Azerbaijan longer than your visa or visa-free period allows.
    .who = The foreigner or stateless person; for a child under 18, a parent or legal representative. Apply before your stay ends (an older source says at least 3 days before; this is confirmed when you apply).
    .processing = 1 or 3 working days, depending on the state duty paid. Download the decision with “Track your applications”.
    .validity = Up to 30 or 60 days. The decision has a number that starts with MOM.
    .legal = Migration Code of the Republic of Azerbaijan (temporary stay); Law “On State Duty”.
    .keywords = visa extension
svc-temporary-residence = Temporary residence permit: issue or extension
    .summary = Get a permit to live in Azerbaijan for up to 1 year, or extend it.
    .who = A foreigner or stateless person with grounds under Article 45 of the Migration Code (family, work, study, investment and others), or their legal representative. Students usually apply through their university. Apply at least 30 days before your stay or permit ends. You will not get a permit, and an existing permit will be cancelled, if you spend more than 90 days abroad within 180 days. This does not apply to highly qualified specialists.
    .processing = 15 or 20 working days, depending on the state duty paid.
    .validity = Up to 1 year when first issued; each extension up to 2 years. With an investment of at least 500,000 AZN: up to 3 years, and each extension up to 3 years. The card number starts with MYİ.
    .legal = Migration Code, Article 45; Cabinet of Ministers decision No. 40 of 7 February 2014 (forms).
    .fee-note = You pay the state duty after the permit is granted and before the card is issued. Use the payment number shown in “Track your applications”. If you do not pay within 30 days after the review period ends, the permit is cancelled. Some amounts come from older or incomplete sources and are confirmed when you apply: for children, the 3-year amount and the amounts for a decision in 20 working days; for students, the amounts for a decision in 20 working days.
    .keywords = residence card residency TRP MYİ
svc-permanent-residence = Permanent residence permit: issue or extension
    .summary = Get a permit to live in Azerbaijan permanently for 5 years, or extend it.
    .who = A foreigner or stateless person who has lived in Azerbaijan for at least 2 years without a break on a temporary residence permit issued on the grounds in Articles 45.1.1–45.1.7 of the Migration Code (not on study grounds), or their legal representative. “Without a break” means no more than 90 days abroad in any 180 days. Apply at least 3 months before your permit ends. A commission of the State Migration Service, the Ministry of Justice and the Ministry of Science and Education tests your knowledge of the state language and of your rights and duties.
    .processing = 35, 40, 50 or 60 days, depending on the state duty paid.
    .validity = 5 years; it can be extended for 5 years at a time, without limit. The card number starts with DYİ.
    .legal = Migration Code, Article 45; Law “On State Duty”.
    .fee-note = The amounts below are the former flat rates. The current amount depends on the processing time and is confirmed when you apply.
    .keywords = residence card residency PRP DYİ
svc-work-permit = Work permit: issue
    .summary = Employers: get a permit for a foreign worker to do paid work in Azerbaijan.
    .who = Only an employer can apply: a company, a branch or office of a foreign company, or an individual entrepreneur. The worker must be 18 or older and may work only for the employer that obtained the permit. No permit is needed in the 21 cases of Article 64 of the Migration Code, for example for holders of a permanent residence permit, spouses of citizens of Azerbaijan, people doing business as entrepreneurs and diplomatic staff.
    .processing = 10, 15 or 20 working days, depending on the state duty paid. Since 8 November 2024 permits are issued electronically.
    .validity = Up to 1 year, or the length of the employment contract if shorter. In the liberated territories: 1.5 or 2 years.
    .legal = Migration Code, Article 64 (cases where no permit is needed) and Article 69.1-1 (liberated territories); Law “On State Duty”.
    .fee-note = The employer pays the state duty from its own account, on the Government Payment Portal. The amounts for a decision in 20 working days are the former flat rates. In the liberated territories, each processing time may be 5 working days shorter. Both are confirmed when you apply.
svc-work-permit-extension = Work permit: extension
    .summary = Employers: extend a foreign worker’s work permit before it ends.
    .who = The employer that holds the permit. Apply before the current permit ends.
    .processing = 10, 15 or 20 working days, depending on the state duty paid. Since 8 November 2024, permits are issued electronically. Paper permits issued before that date stay valid until they expire.
    .validity = Up to 1 year for each extension; up to 2 years in the liberated territories.
    .legal = Migration Code, Article 69.1-1 (liberated territories); Law “On State Duty”.
    .fee-note = The employer pays the state duty from its own account, on the Government Payment Portal. The amounts for a decision in 20 working days are the former flat rates. In the liberated territories, each processing time may be 5 working days shorter. Both are confirmed when you apply.
svc-citizenship-admission = Admission to citizenship
    .summary = Apply to become a citizen of the Republic of Azerbaijan.
    .who = A foreigner or stateless person who has lived in Azerbaijan lawfully and without a break for 5 years on a permanent residence permit, counted from the day it was issued.
    .processing = The State Security Service and the Ministry of Internal Affairs review the application; an older source gives 1 month for their review. The time is confirmed when you apply.
    .validity = Citizenship does not expire.
    .legal = Law “On Citizenship of the Republic of Azerbaijan”.
    .fee-note = A state duty is paid. Its amount is confirmed when you apply.
    .keywords = naturalisation, become a citizen
svc-citizenship-restoration = Restoration of citizenship
    .summary = Apply to restore the citizenship of the Republic of Azerbaijan that you had before.
    .who = A foreigner or stateless person who once held the citizenship of the Republic of Azerbaijan.
    .processing = The processing time is confirmed when you apply.
    .validity = Citizenship does not expire.
    .legal = Law “On Citizenship of the Republic of Azerbaijan”.
    .fee-note = Whether a state duty is paid, and how much, is confirmed when you apply.
    .keywords = restore citizenship
svc-citizenship-renunciation = Renunciation of citizenship
    .summary = Apply to give up the citizenship of the Republic of Azerbaijan.
    .who = A citizen of the Republic of Azerbaijan.
    .processing = The processing time is confirmed when you apply.
    .validity = Takes effect on the date of the decision.
    .legal = Law “On Citizenship of the Republic of Azerbaijan”.
    .fee-note = Whether a state duty is paid, and how much, is confirmed when you apply.
    .keywords = give up citizenship
svc-foreign-citizenship-notice = Registration of applications from citizens of the Republic of Azerbaijan who voluntarily acquired foreign citizenship
    .summary = Citizens of Azerbaijan who took another country’s citizenship of their own will report it here.
    .who = A citizen of the Republic of Azerbaijan who voluntarily acquired the citizenship of another country. Fill in the details of your documents, yourself and the application, and attach the documents asked for.
    .processing = The processing time is confirmed when you apply.
    .legal = Law “On Citizenship of the Republic of Azerbaijan”; Cabinet of Ministers decision No. 18 of 29 January 2015 (form).
svc-migration-service-job = Application for employment in the migration bodies
    .summary = Apply for a job at the State Migration Service.
    .who = A citizen of the Republic of Azerbaijan who meets the requirements of the vacancy.
    .processing = The selection steps and their times are confirmed when you apply.
    .legal = Regulations on service in the migration bodies.
svc-application-tracking = Track your applications
    .summary = See the status of your applications and the numbers of your decisions, permits and payments.
    .who = The foreigner or stateless person who applied, their representative or their employer: anyone who has the applicant’s passport number, date of birth and citizenship.
    .processing = The answer is shown at once. A decision extending a temporary stay can be downloaded here.
    .legal = An information service of the State Migration Service: it decides nothing.
svc-registration-status = Check the status of registration
    .summary = Check whether a foreigner is registered at their place of stay, and until when.
    .who = The registered foreigner or stateless person, or their host.
    .processing = The answer is shown at once.
    .legal = Migration Code, Article 21.
svc-travel-ban-check = Check the existence of travel ban
    .summary = Check whether there is a ban on entering or leaving Azerbaijan in your name.
    .who = The foreigner or stateless person concerned.
    .processing = The answer is shown at once. The grounds of a ban are not given online.
    .legal = Bans on entry: Migration Code, Article 16. The basis of a ban on leaving is given by the body that imposed it.
svc-fee-payment = Pay state duties
    .summary = Find the payment number and amount of your state duty with your passport number, date of birth and citizenship, and pay it.
    .who = The foreigner or stateless person who applied, their representative or their employer.
    .processing = The payment number and the amount are shown at once.
    .legal = Law “On State Duty”.
    .fee-note = You pay the state duty for your own application. The amount is shown with the payment number. Pay with that number: online by bank card, on the Government Payment Portal, at an Expresspay terminal or with ASAN Ödəniş.
svc-registration-deadline = Registration deadline calculator
    .summary = Find the last day to register at your place of stay.
    .who = Foreigners and stateless persons, and their hosts.
    .processing = The answer is shown at once.
    .legal = Migration Code, Article 21.
svc-stay-calculator = Check temporary stay period
    .summary = For citizens of Russia: count the days of temporary stay you have used this calendar year and the days you have left.
    .who = Citizens of the Russian Federation, and stateless persons permanently residing there: since 1 January 2025 they may stay in Azerbaijan without a visa for at most 90 days in each calendar year.
    .processing = The answer is shown at once.
    .legal = The rule of 90 days in each calendar year for citizens of the Russian Federation, in force since 1 January 2025; each result names the legal act it applies.
    .keywords = calculator
svc-online-queue = Online queue
    .summary = Book a time to visit a migration office.
    .who = Foreigners and stateless persons, their representatives, hosts, employers and citizens of the Republic of Azerbaijan who need to visit a migration office.
    .processing = The booking is confirmed at once.
    .validity = For the booked date and time.
    .legal = An information service of the State Migration Service: it decides nothing.

## Feedback on a service

feedback-title = How satisfied are you with this service?
feedback-rating-legend = Your rating
# $rating is 1 (worst) to 5 (best).
feedback-rating-option =
    { $rating ->
        [1] 1 – very dissatisfied
        [2] 2 – dissatisfied
        [3] 3 – neither satisfied nor dissatisfied
        [4] 4 – satisfied
       *[5] 5 – very satisfied
    }
feedback-comment-label = What could we do better? (optional)
feedback-comment-hint = Do not write personal details such as your passport number. At most 1,000 characters.
feedback-submit = Send rating
feedback-sending = Sending…
feedback-thanks = Thank you. Your rating has been received and helps us improve this service.

## Talking to the service: what went wrong, and what to do

offline-banner = You are offline. You can keep reading; sending needs a connection.
api-offline = You are offline. What you typed is still in the form: send it again when you are back online.
api-unreachable = We could not reach the service. Check your connection and try again.
api-timed-out = The service took too long to answer. What you typed is still in the form: try again in a moment.
api-rate-limited =
    { $seconds ->
        [one] Too many attempts. Try again in { $seconds } second.
       *[other] Too many attempts. Try again in { $seconds } seconds.
    }
api-rate-limited-minutes =
    { $minutes ->
        [one] Too many attempts. Try again in { $minutes } minute.
       *[other] Too many attempts. Try again in { $minutes } minutes.
    }
api-rate-limited-later = Too many attempts. Try again in a few minutes.
api-unavailable = The service is not available right now. What you typed is still in the form: try again in a few minutes.
api-invalid = Some answers need correcting. Check the messages below.
api-not-found = We could not find what you asked for.
api-conflict = This was already sent with different answers. Check your answers and send them again.
api-rejected = The service could not accept this request. If it happens again, call (012) 919.
api-unexpected = The service gave an answer we could not read. Try again later; if it happens again, call (012) 919.
api-no-secure-random = Your browser cannot send this safely. Update your browser or use another one; what you typed is still in the form.

## Field errors: one per core validation code (error-<code>)

error-required = Enter this information.
error-too-long = This is too long. Shorten it.
error-passport-number-format = Enter the passport number as printed: 5 to 20 letters and digits.
error-date-format = Enter the date as year, month and day, for example 1990-04-12.
error-date-not-real = This date does not exist. Check the day and the month.
error-date-in-future = The date cannot be in the future.
error-date-too-early = The date must be 1 January 1900 or later.
error-date-in-past = Choose today or a later date.
error-date-too-late = Choose a date within the next 60 days.
error-citizenship-unknown = Choose a country from the list.
error-name-characters = Write the name in Latin or in Cyrillic letters, not both, with the spaces, hyphens, apostrophes or full stops it has.
error-email-format = Enter an email address like name@example.az.
error-rating-range = Choose a rating from 1 to 5.
error-service-unknown = This service does not exist.
error-service-not-application = This service does not take applications.
error-attachment-unknown = This document was not uploaded. Upload it again.
error-office-unknown = Choose an office from the list.
error-slot-unavailable = This time is no longer free. Choose another time.
error-booking-exists = You already have a booking for this service. Cancel it before booking another time.
error-attachments-too-many = You can attach up to 20 documents. Remove the ones you do not need.
error-fin-format = Enter the FIN as it is on the ID card: 7 letters and digits, like 5ZHJ6K2. A FIN has no letters I or O.
error-personal-code-format = Enter the personal code as it is on the residence permit card: 5 or 6 letters and digits.
error-permit-number-format = Enter the card number as it is on the residence permit card: MYİ or DYİ and 7 digits, like MYİ1234567.
error-decision-number-format = Enter the decision number as it is on the decision: MOM and 7 digits, like MOM1234567.
error-phone-format = Enter a mobile or landline number, like 050 123 45 67 or +994 12 345 67 89. For a number in another country, start with + and the country code.
error-phone-not-allocated = No Azerbaijani phone number starts like this. Check the operator or city code, like 050, 055 or 012.
error-postal-code-format = Enter the postal code as AZ and 4 digits, like AZ1000.
error-age-under-18 = The person must be 18 or older.

## Parts of a page that load when first needed

lazy-loading = Loading…
lazy-failed-title = The page could not be loaded
lazy-failed = Check your connection and try again.
lazy-retry = Try again
lang-load-failed = The page could not be switched to the language you chose. Check your connection and try again.

## Forms: parts every form shares

# Read out before each field's error message.
error-prefix = Error:
error-summary-title = There is a problem
date-input-day = Day
date-input-month = Month
date-input-year = Year
date-entry-missing-day = The date must include a day.
date-entry-missing-month = The date must include a month.
date-entry-missing-year = The date must include a year.
date-entry-incomplete = Enter the whole date: day, month and year.
date-entry-not-numbers = Enter the date in numbers, for example 27 3 1990.
date-entry-month = The month must be a number from 1 to 12.
date-entry-day = That month has no such day. Check the day.
date-entry-year = Enter the year in four digits, for example 1990.
citizenship-matches =
    { $count ->
        [0] No country matches. Check the spelling.
        [one] { $count } country matches. Use the up and down arrows to choose.
       *[other] { $count } countries match. Use the up and down arrows to choose.
    }
citizenship-xxa = Stateless person
citizenship-xxb = Refugee (1951 Convention)
citizenship-xxc = Refugee (other)

## Dates as written in answers

date-long = { $day } { $month } { $year }
date-with-weekday = { $weekday }, { $date }
date-time = { $date }, { $time }
date-month-1 = January
date-month-2 = February
date-month-3 = March
date-month-4 = April
date-month-5 = May
date-month-6 = June
date-month-7 = July
date-month-8 = August
date-month-9 = September
date-month-10 = October
date-month-11 = November
date-month-12 = December

## Lookups: the questions

form-back = Back to the service description
lookup-intro = Enter your details exactly as they are in your passport.
lookup-privacy = What you enter is sent only to the State Migration Service and is not kept on this device. Press “Clear” or leave this page to remove it from the screen.
person-passport-label = Passport number
person-passport-hint = As printed in the passport you gave the Service: letters and digits, for example C01X00T47.
person-birth-legend = Date of birth
person-birth-hint = For example, 27 3 1990
person-citizenship-label = Citizenship
person-citizenship-hint = Start typing the country, then choose it from the list. If you have no citizenship, type “stateless”.
lookup-submit = Check
lookup-sending = Checking…
lookup-clear = Clear
person-passport-required = Enter your passport number.
person-birth-required = Enter your date of birth.
person-citizenship-required = Enter your citizenship and choose it from the list.

## Lookups: the answers

lookup-forget = This answer is not kept on this device. Press “Clear” or leave the page to remove it.
lookup-nothing-found-advice = Check that the passport number, date of birth and citizenship are exactly as in your passport. If they are and you expected a result, call (012) 919 or visit a regional office of the Service.
lookup-applications-none = No applications found for these details
lookup-applications-found = Your applications
lookup-reference = Reference number
lookup-status = Status
lookup-submitted = Submitted
lookup-document-number = Document number
lookup-payment-number = Payment number
lookup-history = What has happened
application-status-submitted = Received
    .next = The application has been received and will be checked. Processing times are on the service’s page.
application-status-in-review = Being reviewed
    .next = An officer is checking the application. You will hear from the Service if anything else is needed.
application-status-documents-requested = Documents requested
    .next = The Service needs more documents from you: the message you received says which. The review continues once they arrive.
application-status-awaiting-payment = Waiting for payment
    .next = Pay the state duty with the payment number shown. The review continues once the payment arrives, usually within one working day.
application-status-approved = Approved
    .next = The document is being prepared. You will be told when and where to collect it.
application-status-refused = Refused
    .next = The decision sent to you gives the reasons and how to appeal. For questions, call (012) 919.
application-status-issued = Issued
    .next = The document is ready. If you have not collected it yet, bring your passport to the office named in your notice.
lookup-registration-registered = You are registered at a place of stay
lookup-registration-until = Your registration is valid until { $date }.
lookup-registration-renew = If you move to a new address, register there within 5 working days. If you are staying longer, extend your stay before this date.
lookup-registration-none = No current registration found for these details
lookup-registration-none-advice = Foreigners and stateless persons staying in Azerbaijan for more than 15 days must register at their place of stay (citizens of Kazakhstan: 30 days). You can do it online with the “Registration at the place of stay” service.
lookup-travel-ban-none = No travel ban found for these details
lookup-travel-ban-none-note = This check shows whether the State Migration Service has a ban on entering or leaving Azerbaijan recorded for the details you entered, at the moment of checking. It is not a certificate.
lookup-travel-ban-found = A ban on entering or leaving Azerbaijan was found for these details
lookup-travel-ban-found-advice = The reasons are not given online. To find out why and what to do, call (012) 919 or visit an office of the Service with your passport. Only the body that imposed the ban can lift it.
lookup-fees-none = No state duties found for these details
lookup-fees-found = Your state duties
lookup-amount = Amount
lookup-due-date = Pay by
lookup-payment-paid = Paid
lookup-payment-unpaid = Not paid yet
lookup-fees-how-to-pay = Ways to pay, with the payment number
lookup-pay-card = Online with a bank card, on the State Migration Service’s e-services.
lookup-pay-portal = On the Government Payment Portal, or in your bank’s app.
lookup-pay-terminal = At an Expresspay payment terminal.
lookup-pay-asan = With ASAN Ödəniş, at an ASAN service centre.

## Calculators: the registration deadline and the temporary stay

calc-privacy = The calculation is done on this device: nothing you enter is sent anywhere or kept.
calc-submit = Calculate
# A date with its day of the week: "Monday, 30 March 2026".
date-weekday-1 = Monday
date-weekday-2 = Tuesday
date-weekday-3 = Wednesday
date-weekday-4 = Thursday
date-weekday-5 = Friday
date-weekday-6 = Saturday
date-weekday-7 = Sunday
calc-rule-heading = How this was counted
calc-rule-name = Rule
calc-rule-legal = Legal basis
calc-rule-since = Applies from
calc-rule-registration-arrival-15 = Register within 15 calendar days of arriving in Azerbaijan
    .legal = Migration Code of the Republic of Azerbaijan, Article 21
calc-rule-registration-arrival-kaz-30 = Citizens of Kazakhstan: register within 30 calendar days of arriving in Azerbaijan
    .legal = Protocol amending the Agreement between Azerbaijan and Kazakhstan on mutual visa-free travel of 2 October 2009; Migration Code, Article 21
calc-rule-registration-move-5-working-days = After moving to a new address: register there within 5 working days
    .legal = Migration Code of the Republic of Azerbaijan, Article 21
calc-rule-stay-rus-90-per-calendar-year = Citizens of Russia without a visa, and stateless persons permanently residing in Russia: at most 90 days in each calendar year
    .legal = Decision No. 561 of the Cabinet of Ministers of 29 December 2024
calc-rule-stay-visa-free-90 = Without a visa: 90 days per stay, counted from the day of entry (the general rule; an agreement with your country may set another period)
    .legal = Migration Code of the Republic of Azerbaijan, Articles 18–20
calc-rule-stay-visa-period = With a visa: the number of days the visa allows, counted from the day of entry
    .legal = Migration Code of the Republic of Azerbaijan, Articles 18–20 and 38.1
calc-calendar-provisional = The Cabinet of Ministers has not yet set the dates of some religious holidays in this period, so the answer may change when it does.
calc-error-citizenship = Choose a country from the list.
calc-error-azerbaijani-citizen = Citizens of Azerbaijan do not need to register at a place of stay or count days of stay.
calc-error-no-rule = The calculator knows the rules from { $date } on. Enter a later date.
calc-error-date-range = Enter a date within the last few years.
calc-error-calendar-year-unknown = The calendar of working days and holidays for { $year } has not been published yet, so the working days cannot be counted. Call (012) 919 or ask a regional office of the Service.
calc-error-residence = Choose the country where you permanently reside from the list.
calc-error-visa-days = Enter the number of days your visa allows, from 1 to { $max }.
calc-error-too-many-trips = Enter at most { $max } trips.
calc-error-trips = Check the dates of your trips.
calc-trip-exit-before-entry = The date of exit must be the same as or after the date of entry.
calc-trip-too-early = The calculator counts trips from { $date } on. Leave out older trips, or check the date.
calc-trip-too-late = Enter a date no later than { $date }.
calc-trip-open-in-future = This trip starts in the future. Enter its date of exit too.
calc-day-kind-holiday = public holiday
calc-day-kind-mourning = day of mourning
calc-day-kind-election = election day
calc-day-kind-substitute = day off for a holiday that fell on a weekend
calc-day-kind-transfer-off = day off moved by the Cabinet of Ministers
calc-day-kind-working = working day by a decision of the Cabinet of Ministers
holiday-new-year = New Year
holiday-national-mourning-day = Day of National Mourning
holiday-municipal-elections = Municipal elections
holiday-womens-day = Women’s Day
holiday-novruz = Novruz
holiday-ramazan = Ramazan Bayram
holiday-victory-over-fascism = Victory over Fascism Day
holiday-independence-day = Independence Day
holiday-national-salvation-day = National Salvation Day
holiday-armed-forces-day = Armed Forces Day
holiday-gurban = Gurban Bayram
holiday-victory-day = Victory Day
holiday-flag-day = State Flag Day
holiday-solidarity-day = Day of Solidarity of World Azerbaijanis

## Calculators: the registration deadline

calc-reg-intro = Find out the last day to register at your place of stay after arriving in Azerbaijan or moving to a new address.
calc-reg-event-legend = What happened?
calc-reg-event-arrival = I arrived in Azerbaijan
calc-reg-event-move = I moved to a new address in Azerbaijan
calc-reg-event-required = Choose whether you arrived in Azerbaijan or moved to a new address.
calc-reg-date-arrival = Date of arrival
calc-reg-date-arrival-hint = The day you crossed the border. For example, 27 3 2026
calc-reg-date-move = Date of the move
calc-reg-date-move-hint = The day you arrived at the new address. For example, 27 3 2026
calc-reg-date-arrival-required = Enter the date of arrival.
calc-reg-date-move-required = Enter the date of the move.
calc-reg-result = The last day to register is { $date }
calc-reg-days-left =
    { $count ->
        [0] That is today.
        [one] That is { $count } day from today.
       *[other] That is { $count } days from today.
    }
calc-reg-late =
    { $count ->
        [one] The last day passed { $count } day ago.
       *[other] The last day passed { $count } days ago.
    }
calc-reg-late-advice = Register as soon as you can: you can be fined for registering late. You can register online with the “Registration at the place of stay” service.
calc-reg-day-off = That day is not a working day ({ $reason }): offices are closed, so register online or visit an office before it.
calc-reg-day-off-unknown = The calendar of working days for { $year } has not been published yet: check whether that day is a working day before you visit an office.
calc-reg-unknown-heading = The deadline cannot be counted yet
calc-reg-counted-heading = Days that were not counted
calc-reg-counted-weekends = Working days are Monday to Friday. Saturdays, Sundays and the days below were not counted as working days:

## Calculators: the temporary stay

calc-stay-intro = Count the days of temporary stay you have used and the days you have left. Enter each of your trips to Azerbaijan.
calc-stay-residence-label = Country where you permanently reside
calc-stay-residence-hint = For stateless persons, the rule depends on this country. Leave it empty if you do not permanently reside in any country.
calc-stay-entry-legend = How did you enter Azerbaijan?
calc-stay-entry-visa-free = Without a visa
calc-stay-entry-visa = With a visa
calc-stay-entry-required = Choose whether you entered without a visa or with a visa.
calc-stay-visa-days-label = Days of stay your visa allows
calc-stay-visa-days-hint = As written on the visa, for example 30.
calc-stay-visa-days-required = Enter the number of days your visa allows.
calc-stay-trips-heading = Your trips to Azerbaijan
calc-stay-trips-hint = Both the day of entry and the day of exit count as days of stay. Enter at least your trips from this year and last year.
calc-stay-trip-legend = Trip { $number }
calc-stay-trip-entry = Date of entry
calc-stay-trip-entry-hint = For example, 27 3 2026
calc-stay-trip-exit = Date of exit
calc-stay-trip-exit-hint = Leave empty if you are still in Azerbaijan.
calc-stay-trip-entry-required = Enter the date of entry.
calc-stay-trip-problem = { $trip }: { $problem }
calc-stay-trip-remove = Remove trip { $number }
calc-stay-trip-removed = Trip { $number } removed.
calc-stay-trip-add = Add another trip
calc-stay-trip-add-first = Add a trip
calc-stay-used =
    { $count ->
        [one] You have used { $count } of { $limit } days
       *[other] You have used { $count } of { $limit } days
    }
calc-stay-left =
    { $count ->
        [0] You have no days left.
        [one] You have { $count } day left.
       *[other] You have { $count } days left.
    }
calc-stay-counted-year = Counted for the calendar year { $year }, from 1 January to 31 December.
calc-stay-counted-stay = Counted for your current stay, from { $date }.
calc-stay-counted-none = The dates you entered show you are not in Azerbaijan today, so the count is for a stay starting today.
calc-stay-runs-out = If you stay from today without leaving, your last allowed day is { $date }.
calc-stay-already-over = You have no days left for today: staying in Azerbaijan today is already beyond the allowed period.
calc-stay-overstay =
    { $count ->
        [one] You have stayed { $count } day longer than allowed.
       *[other] You have stayed { $count } days longer than allowed.
    }
calc-stay-overstay-advice = Leave Azerbaijan or extend your stay as soon as you can: staying beyond the allowed period can lead to a fine and a ban on entry. For advice, call (012) 919.
calc-stay-breakdown = Show the day-by-day breakdown
calc-stay-print = Print the result
calc-stay-window-year = { $year }
calc-stay-window-stay = Stay from { $first } to { $last }
calc-stay-window-used =
    { $count ->
        [one] { $count } of { $limit } days counted.
       *[other] { $count } of { $limit } days counted.
    }
calc-stay-breakdown-day = Day
calc-stay-breakdown-date = Date
calc-stay-breakdown-trip = Trip
calc-stay-breakdown-over = over the limit

## Online queue: booking a visit to an office, and cancelling it

# A date with its day of the week: "Monday, 30 November 2026".
queue-intro = Book a time to visit a migration office. It takes about 3 minutes.
queue-privacy = Your details are sent only to the State Migration Service and are not kept on this device.
queue-step-service = 1. Your visit
queue-service-label = What is your visit about?
queue-service-choose = Choose a service
queue-service-required = Choose the service your visit is about.
queue-booking-exists = You already have a booking for this service. You can hold one booking for each service.
queue-booking-exists-how = To choose another time, first cancel that booking with the link or the cancellation code from its confirmation:
queue-step-office = 2. Office
queue-office-legend = Which office will you visit?
queue-offices-loading = Loading the offices…
queue-office-required = Choose an office.
queue-step-time = 3. Day and time
queue-date-label = Day
queue-date-hint = Offices are open on working days. Weekends and public holidays are not listed.
queue-date-choose = Choose a day
queue-date-required = Choose a day.
queue-times-first = Choose an office and a day to see the free times.
queue-times-loading = Looking for free times…
queue-times-none = There are no free times that day. Choose another day or another office.
queue-times-legend = Free times on { $day }
queue-time-required = Choose a time.
queue-slot-taken = Someone has just booked that time. Choose another time: the list now shows the times that are still free.
queue-step-person = 4. Your details
queue-person-why = A booking keeps a time for one person. Enter your details exactly as they are in your passport, and bring that passport to your visit.
queue-name-label = Full name
queue-name-hint = As in your passport, so that the office can call you.
queue-name-required = Enter your full name.
queue-passport-hint = Letters and digits, as printed in your passport, for example C01X00T47.
queue-submit = Confirm booking
queue-sending = Booking…
queue-booked-title = Your visit is booked
queue-booked-reference = Your booking reference
queue-qr-label = QR code of the booking reference { $reference }
queue-fact-service = Service
queue-fact-office = Office
queue-fact-address = Address
queue-fact-day = Day
queue-fact-time = Time
queue-bring-heading = What to bring
queue-bring-passport = The passport whose details you entered. Without it, the office cannot see you.
queue-bring-arrive = Come 10 minutes before your time and show this slip or the booking reference.
queue-cancel-heading = If you cannot come
queue-cancel-how = Cancel the booking, so that someone else can have the time. You need the booking reference and the cancellation code.
queue-cancel-link = Cancel this booking
queue-secret-label = Cancellation code:
queue-secret-once = Write the code down or print this page: it is shown only once. The cancel link holds it too, so do not share the link.
queue-booked-unavailable = Your visit is booked, but its confirmation could not be shown. Write down the booking reference, { $reference }, and the cancellation code, { $secret }: the code is shown only once.
queue-print = Print the slip
queue-again = Book another visit
queue-cancel-title = Cancel a booking
queue-cancel-intro = Enter the booking reference and the cancellation code from your confirmation.
queue-reference-label = Booking reference
queue-reference-hint = For example, QB-4H7T-0ZK9
queue-reference-required = Enter the booking reference.
queue-secret-field = Cancellation code
queue-secret-hint = The code in letters and digits that your confirmation showed once.
queue-secret-required = Enter the cancellation code.
queue-cancel-submit = Cancel the booking
queue-cancel-sending = Cancelling…
queue-cancel-not-found = No booking matches this reference and cancellation code. Check both and try again. If you have lost the code, call (012) 919.
queue-cancelled-title = Your booking is cancelled
queue-cancelled-reference = Booking { $reference } is cancelled.
queue-cancelled-free = The time is free for someone else now. You do not need to do anything more.
queue-cancelled-again = Book a new visit

## Application forms (the Apply section): pages, steps, questions and options.
## field-<id> is a question's label, .hint its hint; option-<id>-<key> a choice.

apply-back = Back
apply-optional = (optional)
apply-conflict = These answers may already have been sent: an application was started with them before the connection was lost. Check “Track your applications” before you send them again.
apply-step-of = Step { $step } of { $steps }
apply-continue = Continue
apply-rules-unavailable = Your answers could not be checked, because part of this service did not load. Check your internet connection, then select Continue again. Your answers have been kept.
apply-choose = Choose
apply-date-hint = For example, 27 3 2026
apply-draft-kept = Your answers are saved on this device as you go, until you send the application. On a shared computer, delete them when you finish.
apply-draft-kiosk = On this public screen your answers are kept only while you use it. If the screen is left untouched for a while, everything you entered is cleared.
apply-draft-restored = We kept the answers you entered earlier on this device. You can carry on, or delete them and start again.
apply-draft-forget = Delete my answers and start again
apply-draft-discarded = Answers saved earlier on this device could not be read, so the form starts empty.
apply-draft-expired =
    { $days ->
        [one] Answers saved on this device more than { $days } day ago have been deleted, so the form starts empty.
       *[other] Answers saved on this device more than { $days } days ago have been deleted, so the form starts empty.
    }
apply-not-given = Not given
apply-change = Change
apply-check-title = Check your answers before sending your application
apply-declaration-heading = Now send your application
apply-declaration = I confirm that the information I have given is true and complete. I know that giving false information may lead to the application being refused.
apply-declaration-required = Confirm that the information you have given is true and complete
apply-submit = Accept and send
apply-sending = Sending your application…
apply-upload-hint = A PDF, JPEG or PNG file of up to 5 MB.
apply-upload-too-large = The file is larger than 5 MB. Choose a smaller file, or scan the document at a lower resolution.
apply-upload-wrong-type = The file must be a PDF, JPEG or PNG. Choose another file.
apply-upload-sending = Uploading: { $percent }%
apply-upload-done = Uploaded: { $name } ({ $size } KB)
apply-upload-remove = Remove
apply-upload-retry = Try again
apply-sent-title = Application sent
apply-sent-reference = Your reference number
apply-sent-service = Service
apply-sent-when = Sent on
apply-sent-fee = State duty
apply-sent-fee-free = None: this service is free of charge.
apply-sent-fee-later = The amount will be confirmed when your application is reviewed.
apply-sent-qr = QR code: opens the page for tracking your application
apply-sent-next-heading = What happens next
apply-sent-next = The State Migration Service will check your application and documents. If anything is missing, you will be asked for it. The decision is also shown when you track your application.
apply-sent-track = Keep the reference number { $reference }. You can track your application with your passport number, date of birth and citizenship.
apply-sent-track-link = Track your application
apply-sent-print = Print this page
apply-sent-none-title = No application sent from this page
apply-sent-none = There is no application sent from this browser tab. If you sent one, keep its reference number and track it with your passport details.
apply-sent-start = Start an application

step-for-whom = Who is the application for?
step-representative = About you, the parent or guardian
step-person = About the person the application is for
step-passport = Passport
step-citizen = Your personal details
step-address = Address in Azerbaijan
step-contact = Contact details
step-registration-who = Who is registering the stay?
step-registration-passport = The foreigner’s passport
step-registration-stay = The stay
step-registration-host = Who the foreigner is staying with
step-documents = Documents
step-extension = The extension
step-background = Birth and family
step-residence-grounds = Grounds for the permit
step-residence-period = Permit length and review time
step-current-permit = Your temporary residence permit
step-employer = The employer
step-worker = The foreign worker
step-job = The job
step-job-extension = The work permit to extend
step-admission = Residence in Azerbaijan
step-restoration = Your former citizenship
step-renunciation = The citizenship you are taking
step-other-citizenship = Your other citizenship
step-job-application = Education and languages
step-candidate-contact = How we can contact you

field-applying-for = Who is the application for?
option-applying-for-self = Myself
option-applying-for-minor = A child under 18 (I am their parent or guardian)
field-representative-given-name = Your given name
field-representative-family-name = Your family name
field-representative-relation = Your relationship to the child
option-representative-relation-parent = Parent
option-representative-relation-guardian = Guardian
field-applicant-given-name = Given name
    .hint = As written in the passport, in Latin or Cyrillic letters.
field-applicant-family-name = Family name
    .hint = As written in the passport.
field-person-patronymic = Father’s name (patronymic)
    .hint = If the passport has one.
field-applicant-date-of-birth = Date of birth
    .hint = For example, 27 3 1990
field-applicant-citizenship = Citizenship
    .hint = Start typing, then choose from the list. If you have no citizenship, choose “Stateless person”.
field-applicant-passport-number = Passport number
    .hint = As printed on the passport’s photo page, for example C01X00T47.
field-passport-expiry = Passport expiry date
    .hint = For example, 31 12 2030
field-person-fin = Personal identification number (FIN)
    .hint = 7 letters and digits, on your identity card, for example 5ZHJ6K2.
field-address-district = City or district
field-address-street = Street, house and flat
    .hint = For example, 10 Nizami Street, flat 5
field-address-postal-code = Postal code
    .hint = For example, AZ1000
field-contact-phone = Phone number
    .hint = For example, 050 123 45 67. For a number abroad, start with + and the country code.
field-applicant-email = Email address
    .hint = We only use it to tell you about this application.
field-registration-applicant = Who is registering the stay?
option-registration-applicant-foreigner = The foreigner themself
option-registration-applicant-owner = The owner of the flat or house
option-registration-applicant-establishment = A hotel, hostel, sanatorium or other establishment
field-stay-arrival = Date of arrival in Azerbaijan
    .hint = For example, 20 11 2026
field-stay-until = Last day of the stay at this address
    .hint = For example, 20 1 2027
field-host-given-name = The owner’s given name
field-host-family-name = The owner’s family name
field-host-fin = The owner’s personal identification number (FIN)
    .hint = 7 letters and digits, on the owner’s identity card.
field-host-establishment = Name of the establishment
field-document-passport = Passport copy
    .hint = The photo page, and for registration the visa page and the page with the last entry stamp.
field-extension-days = How long do you need the extension for?
option-extension-days-30 = Up to 30 days
option-extension-days-60 = Up to 60 days
field-extension-speed = How quickly do you need the decision?
    .hint = The state duty depends on the review time.
option-extension-speed-1 = In 1 working day
option-extension-speed-3 = In 3 working days
field-extension-grounds = Why do you need to stay longer?
    .hint = For example, treatment, study, family reasons or a delayed flight.
field-document-grounds = Document showing the grounds
field-document-housing = Document for the place you live
    .hint = For example, a lease, or an extract from the real estate register.
field-person-birth-place = Place of birth
    .hint = Town and country, as in the passport.
field-person-marital-status = Marital status
option-person-marital-status-single = Single
option-person-marital-status-married = Married
option-person-marital-status-divorced = Divorced
option-person-marital-status-widowed = Widowed
field-residence-ground = On what grounds are you applying?
option-residence-ground-citizen-relative = Close relative of a citizen of Azerbaijan
option-residence-ground-permit-holder-family = Family member of a holder of a residence permit
option-residence-ground-work-permit = Work in Azerbaijan with a work permit
option-residence-ground-highly-qualified = Highly qualified specialist
option-residence-ground-investment = Investment of at least 500,000 manats
option-residence-ground-real-estate = Real estate worth at least 100,000 manats
option-residence-ground-deposit = Bank deposit of at least 100,000 manats
option-residence-ground-securities = State securities of at least 100,000 manats
option-residence-ground-company-head = Head of a company, branch or representative office
option-residence-ground-student = Study in Azerbaijan
option-residence-ground-other = Other grounds
field-residence-institution = Name of the school, college or university
field-residence-details = Anything else about your grounds
field-residence-months = How long do you need the permit for?
option-residence-months-3 = 3 months
option-residence-months-6 = 6 months
option-residence-months-12 = 1 year
option-residence-months-18 = 1 year and 6 months
option-residence-months-24 = 2 years
option-residence-months-30 = 2 years and 6 months
option-residence-months-36 = 3 years (investors only)
field-residence-speed = How quickly do you need the decision?
    .hint = The state duty depends on the review time.
option-residence-speed-15 = In 15 working days
option-residence-speed-20 = In 20 working days
field-document-health = Medical certificate (HIV, hepatitis B and C)
field-document-photo = Photo, 3.5 × 4.5 cm
field-permit-number = Residence permit card number
    .hint = 3 letters and 7 digits, for example MYİ1234567.
field-permit-expiry = Residence permit expiry date
field-document-permit = Copy of the residence permit card
field-document-funds = Proof of funds for your living costs
field-employer-type = Who is the employer?
option-employer-type-company = A company, or a branch or office of a foreign company
option-employer-type-entrepreneur = An individual entrepreneur
field-employer-name = Company name
field-employer-address = Company’s legal address
field-employer-given-name = Entrepreneur’s given name
field-employer-family-name = Entrepreneur’s family name
field-employer-fin = Entrepreneur’s personal identification number (FIN)
field-worker-sex = Sex
option-worker-sex-female = Female
option-worker-sex-male = Male
field-job-title = Job title
field-job-district = Where the work will be
field-job-months = How long is the permit needed for?
option-job-months-3 = Up to 3 months
option-job-months-6 = Up to 6 months
option-job-months-12 = Up to 1 year
field-job-speed = How quickly is the decision needed?
    .hint = The state duty depends on the review time.
option-job-speed-10 = In 10 working days
option-job-speed-15 = In 15 working days
option-job-speed-20 = In 20 working days
field-job-right-to-stay = Series and number of the worker’s document giving the right to stay
    .hint = If the worker is already in Azerbaijan on other grounds.
field-job-permit-number = Number of the current work permit
field-document-qualification = Document showing the worker’s qualification
field-document-justification = Why a foreign worker is hired
field-residence-since = Date your permanent residence permit was first issued
field-person-biography = Your short biography
    .hint = Education, work and family, in a few sentences.
field-document-income = Proof of legal income
field-document-language = Certificate of knowledge of the Azerbaijani language
field-restoration-lost-year = Year you lost citizenship of Azerbaijan
    .hint = For example, 2005
field-restoration-reason = Why do you want to restore your citizenship?
field-renunciation-country = Which country’s citizenship are you taking, or have you taken?
    .hint = Start typing, then choose from the list.
field-renunciation-reason = Why do you want to give up citizenship of Azerbaijan?
field-other-country = Which country’s citizenship did you take?
    .hint = Start typing, then choose from the list.
field-other-acquired = Date you became its citizen
field-other-passport-number = Number of your passport of that country
field-candidate-education = Your highest education
option-candidate-education-secondary = Secondary school
option-candidate-education-vocational = Vocational
option-candidate-education-bachelor = Bachelor’s degree
option-candidate-education-master = Master’s degree
option-candidate-education-doctorate = Doctorate
field-candidate-languages = Languages you speak well
    .hint = Choose all that apply.
option-candidate-languages-az = Azerbaijani
option-candidate-languages-en = English
option-candidate-languages-ru = Russian
option-candidate-languages-other = Another language
field-candidate-experience = Your work experience
error-answer-unknown = This question is not part of the form.
error-answer-shape = Give one answer to this question.
error-text-characters = Remove the special characters from this answer.
error-number-format = Enter a number, using digits only.
error-number-range = Enter a number from { $min } to { $max }.
error-choice-unknown = Choose one of the options.
error-district-unknown = Choose a city or district from the list.
error-date-not-after = The date must be after { $date }.
error-expires-too-soon = The passport must be valid until at least { $date }: 3 months after the end of the permit you are applying for.

## Kiosk mode: the "still there?" dialog
kiosk-idle-title = Are you still there?
kiosk-idle-body =
    { $seconds ->
        [one] To protect your privacy, everything you have entered will be cleared in { $seconds } second.
       *[other] To protect your privacy, everything you have entered will be cleared in { $seconds } seconds.
    }
kiosk-idle-continue = Continue
