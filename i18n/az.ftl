## Qapı interface messages: Azerbaijani (Latin script).
## Every message here exists in en.ftl and ru.ftl too, with the same
## attributes and variables (the core tests check it).

## Site frame

site-name = Miqrasiya elektron xidmətləri
site-agency = Azərbaycan Respublikasının Dövlət Miqrasiya Xidməti
# The browser tab title of every page.
document-title = { $page } — { site-name }
document-title-error = Xəta: { $page } — { site-name }
skip-link = Əsas məzmuna keçin
language-nav-label = Dil
footer-call-centre = Çağrı mərkəzi: (012) 919, gecə-gündüz, Azərbaycan, ingilis və rus dillərində.
footer-open-source = Qapı açıq mənbəli proqram təminatıdır: istənilən miqrasiya qurumu ondan öz server sistemi ilə istifadə edə bilər.

## Home page: the catalog

home-title = Xidməti tapın
home-intro = Onlayn müraciət edin, müraciətinizin statusunu yoxlayın və dövlət rüsumlarını ödəyin. Azərbaycan, ingilis və rus dillərində { $count } xidmət.
search-label = Xidmət axtarışı
search-hint = Məsələn: qeydiyyat, iş icazəsi, giriş-çıxış qadağası
filter-legend = Xidmətlər kimin üçün göstərilsin
filter-all = Hamı
# Announced to screen readers whenever the search or filter changes.
results-count =
    { $count ->
        [0] Uyğun xidmət tapılmadı.
        [one] { $count } uyğun xidmət tapıldı.
       *[other] { $count } uyğun xidmət tapıldı.
    }
results-none-hint = Yazılışı yoxlayın, daha az söz işlədin və ya «Hamı» seçimini edin.
kind-application = Müraciət
kind-lookup = Yoxlama
kind-tool = Vasitə
category-stay = Müvəqqəti olma və qeydiyyat
category-residence = Yaşamaq üçün icazələr
category-work = İş icazələri
category-citizenship = Vətəndaşlıq
category-careers = Miqrasiya orqanlarında qulluq
category-check = Yoxlama və ödəniş
category-tools = Kalkulyatorlar və elektron növbə
audience-foreigner = Əcnəbilər və vətəndaşlığı olmayan şəxslər
audience-representative = Nümayəndələr
audience-host = Qəbul edən tərəf (mənzil mülkiyyətçiləri, mehmanxanalar)
audience-employer = İşəgötürənlər
audience-citizen = Azərbaycan Respublikasının vətəndaşları

## Service page

back-to-catalog = Bütün elektron xidmətlər
service-start = Başlayın
service-for-foreigner = Əcnəbilər və vətəndaşlığı olmayan şəxslər üçün
service-for-foreigner-host = Əcnəbilər, vətəndaşlığı olmayan şəxslər və onları qəbul edən tərəf üçün
service-for-foreigner-representative = Əcnəbilər, vətəndaşlığı olmayan şəxslər və onların nümayəndələri üçün
service-for-foreigner-representative-employer = Əcnəbilər, vətəndaşlığı olmayan şəxslər, onların nümayəndələri və işəgötürənlər üçün
service-for-employer = İşəgötürənlər üçün
service-for-citizen = Azərbaycan Respublikasının vətəndaşları üçün
service-for-foreigner-representative-host-employer-citizen = Hamı üçün
service-section-who = Xidmətdən kim istifadə edə bilər
service-section-documents = Tələb olunan sənədlər
service-section-fees = Dövlət rüsumu
service-section-processing = Baxılma müddəti
service-section-validity = Qüvvədə olma müddəti
service-section-legal = Hüquqi əsas
service-section-channels = Xidmətdən harada istifadə etmək olar
fee-free = Bu xidmət ödənişsizdir.
fee-table-caption = Dövlət rüsumu: { $group }
fee-column-period = Müddət
fee-column-amount = Dövlət rüsumu
fee-column-working-days =
    { $days ->
        [one] { $days } iş günü ərzində qərar
       *[other] { $days } iş günü ərzində qərar
    }
fee-any-period = İstənilən müddət
fee-not-offered = Nəzərdə tutulmayıb
fee-source = Məbləğlər «Dövlət rüsumu haqqında» Qanunla müəyyən edilir və dəyişə bilər. Ödəməli olduğunuz məbləğ müraciət zamanı təsdiqlənir.
period-days =
    { $count ->
        [one] { $count } gün
       *[other] { $count } gün
    }
period-months =
    { $count ->
        [one] { $count } ay
       *[other] { $count } ay
    }
period-years =
    { $count ->
        [one] { $count } il
       *[other] { $count } il
    }
period-years-and-half = { $years },5 il
fee-group-adult = Yetkinlik yaşına çatmış şəxslər
fee-group-minor = 18 yaşınadək uşaqlar
fee-group-student = Əyani təhsil alan tələbələr
fee-group-employer = İş icazəsi
fee-group-liberated-territories = İşğaldan azad edilmiş ərazilərdə iş (2023–2028)
channel-online = Onlayn, bu portalda
channel-egov = «Elektron hökumət» portalı (e-gov.az)
channel-mygov = myGov portalı (my.gov.az)
channel-mobile = MigAz mobil tətbiqi
channel-asan = «ASAN xidmət» mərkəzləri
channel-office = Regional miqrasiya idarələri
channel-email = Elektron poçtla: qeydiyyat@migration.gov.az

## Page not found

not-found-title = Səhifə tapılmadı
not-found-body = Ünvanı özünüz yazmısınızsa, onun düzgün olduğunu yoxlayın. Keçid vasitəsilə gəlmisinizsə, səhifə başqa ünvana köçürülmüş ola bilər.
not-found-home = Elektron xidmətlərin siyahısına keçin

## Required documents

doc-application-form = Ərizə-anket
doc-passport-copy = Pasportun və ya digər sərhədkeçmə sənədinin surəti
doc-list-on-applying = Sənədlərin siyahısı müraciət zamanı dəqiqləşdirilir. Ətraflı məlumat üçün (012) 919 nömrəsinə zəng edin.
doc-others-on-applying = Xidmətin tələb etdiyi digər sənədlər: tam siyahı müraciət zamanı dəqiqləşdirilir.
doc-passport-copy-entry-pages = Pasportun və ya digər sərhədkeçmə sənədinin surəti (viza səhifəsi və son giriş möhürü olan səhifə daxil olmaqla)
doc-passport-copy-valid-3-months = İcazənin müddəti bitdikdən sonra ən azı 3 ay qüvvədə olan pasportun surəti
doc-birth-certificate-minor = Doğum haqqında şəhadətnamənin notariat qaydasında təsdiq edilmiş surəti (pasportu olmayan uşaq üçün)
doc-extension-grounds = Müddətin uzadılması üçün əsası təsdiq edən sənəd
doc-photos-35x45 = 3,5 × 4,5 sm ölçüdə iki fotoşəkil
doc-photos-3x4 = 3 × 4 sm ölçüdə dörd fotoşəkil
doc-housing-document = Qaldığınız yaşayış sahəsinə dair sənəd (daşınmaz əmlakın dövlət reyestrindən çıxarış, icarə müqaviləsi və ya digər sənəd)
doc-housing-provider-consent = Yaşayış sahəsini təqdim edən şəxsin ərizəsi və şəxsiyyətini təsdiq edən sənədin surəti (yaşayış sahəsi sizə məxsus deyilsə)
doc-fee-receipt = Dövlət rüsumunun ödənilməsini təsdiq edən qəbz
doc-residence-grounds = İcazənin verilməsi üçün əsası təsdiq edən, notariat qaydasında təsdiq edilmiş sənəd
doc-health-certificate = İİV infeksiyası, hepatit B və hepatit C xəstəliklərinin olmaması barədə tibbi arayış
doc-right-to-stay-document = Azərbaycan Respublikasında olmaq hüququ verən sənədin surəti
doc-children-consent = 14 yaşından 18 yaşınadək uşaqların notariat qaydasında təsdiq edilmiş razılığı
doc-proof-of-funds = Zəruri tələbatların ödənilməsi üçün vəsaitin olmasını təsdiq edən sənəd
doc-residence-card-copy = Yaşamaq üçün icazə vəsiqəsinin surəti
doc-work-permit-form = İş icazəsinin alınması üçün işəgötürənin ərizə-anketi
doc-qualification-document = Vəzifə üçün tələb olunan ixtisası təsdiq edən sənəd
doc-hiring-justification = Əcnəbi işçinin işə cəlb edilməsinin işəgötürən tərəfindən əsaslandırılması
doc-application-to-president = Azərbaycan Respublikasının Prezidenti adına ərizə
doc-biography = Tərcümeyi-hal
doc-family-composition = Ailə tərkibi haqqında arayış
doc-notarised-id-copy = Şəxsiyyəti təsdiq edən sənədin notariat qaydasında təsdiq edilmiş surəti
doc-proof-of-income = Qanuni gəlir mənbəyini təsdiq edən sənəd
doc-state-language-certificate = Azərbaycan dilini bildiyinizi təsdiq edən sertifikat
doc-notice-form = Xarici dövlət vətəndaşlığı barədə bildiriş forması

## The 18 services: the title, then its texts as attributes

svc-registration = Olduğu yer üzrə qeydiyyat
    .summary = Əcnəbini və ya vətəndaşlığı olmayan şəxsi Azərbaycanda olduğu ünvan üzrə qeydiyyata alın.
    .who = Qəbul edən tərəf (mənzilin mülkiyyətçisi, mehmanxana və ya digər bu kimi müəssisə), yaxud əcnəbi və ya vətəndaşlığı olmayan şəxsin özü. Ölkədə 15 gündən (Qazaxıstan vətəndaşları üçün 30 gündən) artıq qalan şəxs qeydiyyata alınmalıdır: gəldikdən sonra 15 gün (Qazaxıstan vətəndaşları üçün 30 gün), yeni ünvana köçdükdən sonra isə 5 iş günü ərzində. Eyni mülkiyyətçiyə məxsus başqa mənzilə köçdükdə yenidən qeydiyyat tələb olunmur. Qeydiyyat vaxtında aparılmadıqda cərimə tətbiq oluna bilər.
    .processing = Qeydiyyat dərhal Vahid Miqrasiya Məlumat Sisteminə daxil edilir; nəticə barədə 1 iş günü ərzində məlumat verilir. Qeydiyyatda olduğunuzu qeydiyyat bildirişinin nömrəsi təsdiq edir.
    .validity = Vizada nəzərdə tutulmuş olma müddəti ərzində, vizasız gəldikdə isə 90 gün.
    .legal = Miqrasiya Məcəlləsi, 21-ci maddə; «Yaşayış yeri və olduğu yer üzrə qeydiyyat haqqında» Qanun, 11-ci maddə.
    .keywords = ünvan qeydiyyatı
svc-stay-extension = Müvəqqəti olma müddətinin uzadılması
    .summary = Azərbaycanda viza ilə və ya vizasız rejimdə icazə verilən müddətdən artıq qalmaq üçün müraciət edin.
    .who = Əcnəbi və ya vətəndaşlığı olmayan şəxs; 18 yaşınadək uşaq üçün valideyn və ya qanuni nümayəndə. Ölkədə müvəqqəti olma müddəti bitməzdən əvvəl müraciət edin (köhnə mənbəyə görə ən azı 3 gün əvvəl; bu, müraciət zamanı dəqiqləşdirilir).
    .processing = Ödənilmiş dövlət rüsumundan asılı olaraq 1 və ya 3 iş günü. Qərarı «Müraciətlərin izlənilməsi» xidməti ilə yükləyin.
    .validity = 30 və ya 60 günədək. Qərarın nömrəsi MOM ilə başlayır.
    .legal = Azərbaycan Respublikasının Miqrasiya Məcəlləsi (müvəqqəti olma); «Dövlət rüsumu haqqında» Qanun.
    .keywords = vizanın uzadılması
svc-temporary-residence = Müvəqqəti yaşamaq üçün icazənin verilməsi (müddətinin uzadılması)
    .summary = Azərbaycanda 1 ilədək müddətə müvəqqəti yaşamaq üçün icazə alın və ya onun müddətini uzadın.
    .who = Miqrasiya Məcəlləsinin 45-ci maddəsində nəzərdə tutulmuş əsaslar (ailə, iş, təhsil, investisiya və s.) olan əcnəbi və ya vətəndaşlığı olmayan şəxs, yaxud onun qanuni nümayəndəsi. Tələbələr adətən təhsil aldıqları ali təhsil müəssisəsi vasitəsilə müraciət edirlər. Ölkədə müvəqqəti olma müddəti və ya icazənin müddəti bitməzdən ən azı 30 gün əvvəl müraciət edin. İstənilən 180 gün ərzində 90 gündən artıq ölkədən kənarda olduqda icazə verilmir, verilmiş icazə isə ləğv edilir (bu qayda yüksəkixtisaslı miqrantlara şamil edilmir).
    .processing = Ödənilmiş dövlət rüsumundan asılı olaraq 15 və ya 20 iş günü.
    .validity = İlk dəfə 1 ilədək, hər uzadılmada 2 ilədək. Ən azı 500 000 manat investisiya qoymuş şəxslər üçün 3 ilədək, hər uzadılmada da 3 ilədək. Vəsiqənin nömrəsi MYİ ilə başlayır.
    .legal = Miqrasiya Məcəlləsi, 45-ci maddə; Nazirlər Kabinetinin 2014-cü il 7 fevral tarixli 40 nömrəli Qərarı (formalar).
    .fee-note = Dövlət rüsumu icazə verildikdən sonra, vəsiqə verilməzdən əvvəl ödənilir: onu «Müraciətlərin izlənilməsi» xidmətində göstərilən ödəniş nömrəsi ilə ödəyin. Rüsum baxılma müddəti bitdikdən sonra 30 gün ərzində ödənilmədikdə icazə ləğv edilir. Uşaqlar üçün 3 illik və 20 iş günlük, tələbələr üçün isə 20 iş günlük məbləğlər köhnə və ya natamam mənbələrdən götürülüb: onlar müraciət zamanı dəqiqləşdirilir.
    .keywords = MYİ yaşamaq icazəsi vəsiqəsi
svc-permanent-residence = Daimi yaşamaq üçün icazənin verilməsi (müddətinin uzadılması)
    .summary = Azərbaycanda daimi yaşamaq üçün 5 illik icazə alın və ya onun müddətini uzadın.
    .who = Miqrasiya Məcəlləsinin 45.1.1–45.1.7-ci maddələrində nəzərdə tutulmuş əsaslarla (təhsil əsası istisna olmaqla) verilmiş müvəqqəti yaşamaq üçün icazə ilə Azərbaycanda ən azı 2 il fasiləsiz yaşamış əcnəbi və ya vətəndaşlığı olmayan şəxs, yaxud onun qanuni nümayəndəsi. İstənilən 180 gün ərzində ölkədən kənarda 90 gündən artıq olmadıqda yaşama fasiləsiz hesab edilir. İcazənin müddəti bitməzdən ən azı 3 ay əvvəl müraciət edin. Dövlət Miqrasiya Xidmətinin, Ədliyyə Nazirliyinin və Elm və Təhsil Nazirliyinin nümayəndələrindən ibarət komissiya dövlət dilini, habelə hüquq və vəzifələrinizi bilməyinizi yoxlayır.
    .processing = Ödənilmiş dövlət rüsumundan asılı olaraq 35, 40, 50 və ya 60 gün.
    .validity = 5 il; hər dəfə 5 il müddətinə, say məhdudiyyəti olmadan uzadıla bilər. Vəsiqənin nömrəsi DYİ ilə başlayır.
    .legal = Miqrasiya Məcəlləsi, 45-ci maddə; «Dövlət rüsumu haqqında» Qanun.
    .fee-note = Aşağıdakı məbləğlər əvvəlki sabit dərəcələrdir. Hazırkı məbləğ baxılma müddətindən asılıdır və müraciət zamanı dəqiqləşdirilir.
    .keywords = DYİ yaşamaq icazəsi vəsiqəsi
svc-work-permit = İş icazəsinin verilməsi
    .summary = İşəgötürənlər üçün: əcnəbi işçinin Azərbaycanda haqqı ödənilən əmək fəaliyyəti ilə məşğul olması üçün icazə alın.
    .who = Yalnız işəgötürən müraciət edə bilər: hüquqi şəxs, xarici hüquqi şəxsin filialı və ya nümayəndəliyi, yaxud fərdi sahibkar. İşçi 18 yaşına çatmış olmalıdır və yalnız icazəni almış işəgötürən üçün işləyə bilər. Miqrasiya Məcəlləsinin 64-cü maddəsində göstərilən 21 halda, məsələn, daimi yaşamaq üçün icazəsi olanlar, Azərbaycan vətəndaşlarının həyat yoldaşları, sahibkarlıq fəaliyyəti ilə məşğul olanlar və diplomatik nümayəndəliklərin əməkdaşları üçün iş icazəsi tələb olunmur.
    .processing = Ödənilmiş dövlət rüsumundan asılı olaraq 10, 15 və ya 20 iş günü. 2024-cü il 8 noyabrdan iş icazələri elektron qaydada verilir.
    .validity = 1 ilədək, əmək müqaviləsinin müddəti daha qısadırsa, həmin müddətə. İşğaldan azad edilmiş ərazilərdə: 1,5 və ya 2 il.
    .legal = Miqrasiya Məcəlləsi, 64-cü maddə (iş icazəsi tələb olunmayan hallar) və 69.1-1-ci maddə (işğaldan azad edilmiş ərazilər); «Dövlət rüsumu haqqında» Qanun.
    .fee-note = Dövlət rüsumunu işəgötürən öz hesabından Hökumət Ödəniş Portalı vasitəsilə ödəyir. 20 iş günü ərzində qərar üçün məbləğlər əvvəlki sabit dərəcələrdir, işğaldan azad edilmiş ərazilər üçün isə mənbələrə görə hər baxılma müddəti 5 iş günü qısadır: hər ikisi müraciət zamanı dəqiqləşdirilir.
svc-work-permit-extension = İş icazəsinin müddətinin uzadılması
    .summary = İşəgötürənlər üçün: əcnəbi işçinin iş icazəsinin müddəti bitməzdən əvvəl onu uzadın.
    .who = İcazəni almış işəgötürən. Qüvvədə olan icazənin müddəti bitməzdən əvvəl müraciət edin.
    .processing = Ödənilmiş dövlət rüsumundan asılı olaraq 10, 15 və ya 20 iş günü. 2024-cü il 8 noyabrdan iş icazələri elektron qaydada verilir; həmin tarixədək kağız formada verilmiş icazələr müddəti bitənədək qüvvədə qalır.
    .validity = Hər uzadılmada 1 ilədək; işğaldan azad edilmiş ərazilərdə 2 ilədək.
    .legal = Miqrasiya Məcəlləsi, 69.1-1-ci maddə (işğaldan azad edilmiş ərazilər); «Dövlət rüsumu haqqında» Qanun.
    .fee-note = Dövlət rüsumunu işəgötürən öz hesabından Hökumət Ödəniş Portalı vasitəsilə ödəyir. 20 iş günü ərzində qərar üçün məbləğlər əvvəlki sabit dərəcələrdir, işğaldan azad edilmiş ərazilər üçün isə mənbələrə görə hər baxılma müddəti 5 iş günü qısadır: hər ikisi müraciət zamanı dəqiqləşdirilir.
svc-citizenship-admission = Azərbaycan Respublikasının vətəndaşlığına qəbul
    .summary = Azərbaycan Respublikasının vətəndaşı olmaq üçün müraciət edin.
    .who = Daimi yaşamaq üçün icazə əsasında, icazənin verildiyi gündən Azərbaycanda 5 il qanuni və fasiləsiz yaşamış əcnəbi və ya vətəndaşlığı olmayan şəxs.
    .processing = Müraciətə Dövlət Təhlükəsizlik Xidməti və Daxili İşlər Nazirliyi baxır; köhnə mənbəyə görə baxılma 1 ay çəkir. Müddət müraciət zamanı dəqiqləşdirilir.
    .validity = Vətəndaşlıq müddətsizdir.
    .legal = «Azərbaycan Respublikasının vətəndaşlığı haqqında» Qanun.
    .fee-note = Dövlət rüsumu ödənilir. Onun məbləği müraciət zamanı dəqiqləşdirilir.
    .keywords = vətəndaşlığa qəbul
svc-citizenship-restoration = Azərbaycan Respublikası vətəndaşlığının bərpa edilməsi
    .summary = Əvvəllər malik olduğunuz Azərbaycan Respublikası vətəndaşlığının bərpası üçün müraciət edin.
    .who = Əvvəllər Azərbaycan Respublikasının vətəndaşlığında olmuş əcnəbi və ya vətəndaşlığı olmayan şəxs.
    .processing = Baxılma müddəti müraciət zamanı dəqiqləşdirilir.
    .validity = Vətəndaşlıq müddətsizdir.
    .legal = «Azərbaycan Respublikasının vətəndaşlığı haqqında» Qanun.
    .fee-note = Dövlət rüsumunun ödənilməli olub-olmadığı və onun məbləği müraciət zamanı dəqiqləşdirilir.
    .keywords = vətəndaşlığın bərpası
svc-citizenship-renunciation = Azərbaycan Respublikası vətəndaşlığından çıxma
    .summary = Azərbaycan Respublikası vətəndaşlığından çıxmaq üçün müraciət edin.
    .who = Azərbaycan Respublikasının vətəndaşı.
    .processing = Baxılma müddəti müraciət zamanı dəqiqləşdirilir.
    .validity = Qərarın qəbul edildiyi tarixdən qüvvəyə minir.
    .legal = «Azərbaycan Respublikasının vətəndaşlığı haqqında» Qanun.
    .fee-note = Dövlət rüsumunun ödənilməli olub-olmadığı və onun məbləği müraciət zamanı dəqiqləşdirilir.
    .keywords = vətəndaşlıqdan çıxma
svc-foreign-citizenship-notice = Xarici ölkə vətəndaşlığını könüllü qəbul etmiş Azərbaycan Respublikası vətəndaşlarının müraciətlərinin qeydiyyatı
    .summary = Başqa dövlətin vətəndaşlığını öz istəyi ilə qəbul etmiş Azərbaycan vətəndaşları bu barədə burada məlumat verir.
    .who = Xarici ölkə vətəndaşlığını könüllü qəbul etmiş Azərbaycan Respublikasının vətəndaşı. Sənədləriniz barədə məlumatları, şəxsi məlumatlarınızı və müraciətin məlumatlarını daxil edin, tələb olunan sənədləri əlavə edin.
    .processing = Baxılma müddəti müraciət zamanı dəqiqləşdirilir.
    .legal = «Azərbaycan Respublikasının vətəndaşlığı haqqında» Qanun; Nazirlər Kabinetinin 2015-ci il 29 yanvar tarixli 18 nömrəli Qərarı (forma).
svc-migration-service-job = Miqrasiya orqanlarına qulluğa qəbul
    .summary = Dövlət Miqrasiya Xidmətində işləmək üçün müraciət edin.
    .who = Vakansiyanın tələblərinə cavab verən Azərbaycan Respublikasının vətəndaşı.
    .processing = Seçim mərhələləri və onların müddəti müraciət zamanı dəqiqləşdirilir.
    .legal = «Miqrasiya orqanlarında qulluq keçmə haqqında» Əsasnamə.
svc-application-tracking = Müraciətlərin izlənilməsi
    .summary = Müraciətlərinizin statusunu, habelə qərar, icazə və ödəniş nömrələrinizi öyrənin.
    .who = Müraciət etmiş əcnəbi və ya vətəndaşlığı olmayan şəxs, onun nümayəndəsi və ya işəgötürəni: müraciət edənin pasport nömrəsini, doğum tarixini və vətəndaşlığını bilən hər kəs.
    .processing = Cavab dərhal göstərilir. Müvəqqəti olma müddətinin uzadılması barədə qərarı buradan yükləyə bilərsiniz.
    .legal = Dövlət Miqrasiya Xidmətinin məlumat xarakterli xidmətidir; bu xidmət çərçivəsində heç bir qərar qəbul edilmir.
svc-registration-status = Qeydiyyat statusunun yoxlanılması
    .summary = Əcnəbinin olduğu yer üzrə qeydiyyatda olub-olmadığını və hansı tarixədək qeydiyyatda olduğunu yoxlayın.
    .who = Qeydiyyata alınmış əcnəbi və ya vətəndaşlığı olmayan şəxs, yaxud onu qəbul edən tərəf.
    .processing = Cavab dərhal göstərilir.
    .legal = Miqrasiya Məcəlləsi, 21-ci maddə.
svc-travel-ban-check = Giriş-çıxış qadağasının yoxlanılması
    .summary = Barənizdə Azərbaycana giriş və ya Azərbaycandan çıxış qadağasının olub-olmadığını yoxlayın.
    .who = Əcnəbi və ya vətəndaşlığı olmayan şəxsin özü.
    .processing = Cavab dərhal göstərilir. Qadağanın əsasları onlayn göstərilmir.
    .legal = Ölkəyə giriş qadağası: Miqrasiya Məcəlləsi, 16-cı maddə. Çıxış qadağasının əsasını onu tətbiq etmiş orqan bildirir.
svc-fee-payment = Dövlət rüsumlarının ödənilməsi
    .summary = Pasport nömrənizi, doğum tarixinizi və vətəndaşlığınızı daxil edərək dövlət rüsumunun ödəniş nömrəsini və məbləğini öyrənin, sonra rüsumu ödəyin.
    .who = Müraciət etmiş əcnəbi və ya vətəndaşlığı olmayan şəxs, onun nümayəndəsi və ya işəgötürəni.
    .processing = Ödəniş nömrəsi və məbləğ dərhal göstərilir.
    .legal = «Dövlət rüsumu haqqında» Qanun.
    .fee-note = Dövlət rüsumu öz müraciətiniz üzrə ödənilir; məbləğ ödəniş nömrəsi ilə birlikdə göstərilir. Ödənişi bu nömrə ilə edin: onlayn bank kartı ilə, Hökumət Ödəniş Portalında, Expresspay terminallarında və ya ASAN Ödəniş vasitəsilə.
svc-registration-deadline = Qeydiyyat müddəti kalkulyatoru
    .summary = Olduğunuz yer üzrə qeydiyyatdan keçmək üçün son günü öyrənin.
    .who = Əcnəbilər və vətəndaşlığı olmayan şəxslər, habelə onları qəbul edən tərəf.
    .processing = Cavab dərhal göstərilir.
    .legal = Miqrasiya Məcəlləsi, 21-ci maddə.
svc-stay-calculator = Müvəqqəti olma müddətini yoxla
    .summary = Rusiya vətəndaşları üçün: bu təqvim ilində neçə müvəqqəti olma günündən istifadə etdiyinizi və neçə gününüzün qaldığını hesablayın.
    .who = Rusiya Federasiyasının vətəndaşları və Rusiyada daimi yaşayan vətəndaşlığı olmayan şəxslər: 2025-ci il 1 yanvardan onlar Azərbaycanda vizasız hər təqvim ilində ən çoxu 90 gün qala bilərlər.
    .processing = Cavab dərhal göstərilir.
    .legal = Rusiya Federasiyasının vətəndaşları üçün 2025-ci il 1 yanvardan qüvvədə olan hər təqvim ilində 90 gün qaydası; hər nəticədə tətbiq edilən hüquqi akt göstərilir.
    .keywords = kalkulyator
svc-online-queue = Elektron növbə
    .summary = Miqrasiya idarəsinə gəlmək üçün vaxt seçib növbəyə yazılın.
    .who = Miqrasiya idarəsinə gəlməli olan əcnəbilər və vətəndaşlığı olmayan şəxslər, onların nümayəndələri, qəbul edən tərəf, işəgötürənlər və Azərbaycan Respublikasının vətəndaşları.
    .processing = Növbə dərhal təsdiqlənir.
    .validity = Seçilmiş tarix və saat üçün.
    .legal = Dövlət Miqrasiya Xidmətinin məlumat xarakterli xidmətidir; bu xidmət çərçivəsində heç bir qərar qəbul edilmir.

## Feedback on a service

feedback-title = Bu xidmətdən nə dərəcədə razısınız?
feedback-rating-legend = Qiymətiniz
# $rating is 1 (worst) to 5 (best).
feedback-rating-option =
    { $rating ->
        [1] 1 – heç razı deyiləm
        [2] 2 – razı deyiləm
        [3] 3 – nə razıyam, nə də narazıyam
        [4] 4 – razıyam
       *[5] 5 – çox razıyam
    }
feedback-comment-label = Xidməti yaxşılaşdırmaq üçün nə edə bilərik? (məcburi deyil)
feedback-comment-hint = Pasport nömrəniz kimi şəxsi məlumatlarınızı yazmayın. Mətn 1000 simvoldan çox olmamalıdır.
feedback-submit = Qiyməti göndərin
feedback-sending = Göndərilir…
feedback-thanks = Təşəkkür edirik. Qiymətiniz qəbul edildi və bu xidməti təkmilləşdirməyimizə kömək edəcək.

## Talking to the service: what went wrong, and what to do

offline-banner = İnternet bağlantısı yoxdur. Səhifəni oxumağa davam edə bilərsiniz, lakin məlumat göndərmək üçün bağlantı lazımdır.
api-offline = İnternet bağlantısı yoxdur. Daxil etdiyiniz məlumatlar formada qalır: bağlantı bərpa olunduqda onları yenidən göndərin.
api-unreachable = Xidmətlə əlaqə yaratmaq mümkün olmadı. İnternet bağlantınızı yoxlayın və yenidən cəhd edin.
api-timed-out = Xidmət uzun müddət cavab vermədi. Daxil etdiyiniz məlumatlar formada qalır: bir az sonra yenidən cəhd edin.
api-rate-limited =
    { $seconds ->
        [one] Cəhdlərin sayı həddi aşıb. { $seconds } saniyədən sonra yenidən cəhd edin.
       *[other] Cəhdlərin sayı həddi aşıb. { $seconds } saniyədən sonra yenidən cəhd edin.
    }
api-rate-limited-minutes =
    { $minutes ->
        [one] Cəhdlərin sayı həddi aşıb. { $minutes } dəqiqədən sonra yenidən cəhd edin.
       *[other] Cəhdlərin sayı həddi aşıb. { $minutes } dəqiqədən sonra yenidən cəhd edin.
    }
api-rate-limited-later = Cəhdlərin sayı həddi aşıb. Bir neçə dəqiqədən sonra yenidən cəhd edin.
api-unavailable = Xidmət hazırda əlçatan deyil. Daxil etdiyiniz məlumatlar formada qalır: bir neçə dəqiqədən sonra yenidən cəhd edin.
api-invalid = Bəzi cavablarda düzəliş etmək lazımdır. Aşağıdakı qeydləri yoxlayın.
api-not-found = Sorğunuza uyğun məlumat tapılmadı.
api-conflict = Bu sorğu artıq fərqli cavablarla göndərilib. Cavablarınızı yoxlayın və yenidən göndərin.
api-rejected = Xidmət bu sorğunu qəbul edə bilmədi. Bu təkrarlanarsa, (012) 919 nömrəsinə zəng edin.
api-unexpected = Xidmətdən oxuna bilməyən cavab alındı. Bir qədər sonra yenidən cəhd edin; bu təkrarlanarsa, (012) 919 nömrəsinə zəng edin.
api-no-secure-random = Brauzeriniz bu məlumatı təhlükəsiz göndərə bilmir. Brauzerinizi yeniləyin və ya başqa brauzerdən istifadə edin; yazdıqlarınız formada qalır.

## Field errors: one per core validation code (error-<code>)

error-required = Bu xananı doldurun.
error-too-long = Daxil etdiyiniz mətn çox uzundur. Onu qısaldın.
error-passport-number-format = Pasport nömrəsini sənəddə göstərildiyi kimi daxil edin: 5-dən 20-dək hərf və rəqəm.
error-date-format = Tarixi il-ay-gün formatında daxil edin, məsələn: 1990-04-12.
error-date-not-real = Belə tarix mövcud deyil. Günü və ayı yoxlayın.
error-date-in-future = Tarix gələcəkdə ola bilməz.
error-date-too-early = Tarix 1 yanvar 1900-cü il və ya ondan sonra olmalıdır.
error-date-in-past = Bugünkü və ya daha sonrakı tarixi seçin.
error-date-too-late = Növbəti 60 gün ərzində bir tarix seçin.
error-citizenship-unknown = Siyahıdan ölkə seçin.
error-name-characters = Adı ya latın, ya da kiril hərfləri ilə yazın, bu hərfləri qarışdırmayın. Adda varsa, boşluq, defis, apostrof və ya nöqtə də yazıla bilər.
error-email-format = Elektron poçt ünvanını name@example.az formatında daxil edin.
error-rating-range = 1-dən 5-dək qiymət seçin.
error-service-unknown = Belə xidmət mövcud deyil.
error-service-not-application = Bu xidmət üzrə müraciət qəbul edilmir.
error-attachment-unknown = Bu sənəd yüklənməyib. Onu yenidən yükləyin.
error-office-unknown = Siyahıdan miqrasiya idarəsini seçin.
error-slot-unavailable = Bu vaxt artıq tutulub. Başqa vaxt seçin.
error-booking-exists = Bu xidmət üzrə artıq növbəniz var. Başqa vaxt seçmək üçün əvvəlcə onu ləğv edin.
error-attachments-too-many = Ən çoxu 20 sənəd əlavə edə bilərsiniz. Lazım olmayanları silin.
error-fin-format = FİN kodunu şəxsiyyət vəsiqəsində göstərildiyi kimi daxil edin: 7 hərf və rəqəm, məsələn: 5ZHJ6K2. FİN kodunda I və O hərfləri olmur.
error-personal-code-format = Şəxsi kodu yaşamaq üçün icazə vəsiqəsində göstərildiyi kimi daxil edin: 5 və ya 6 hərf və rəqəm.
error-permit-number-format = Yaşamaq üçün icazə vəsiqəsinin nömrəsini vəsiqədə göstərildiyi kimi daxil edin: MYİ və ya DYİ və 7 rəqəm, məsələn: MYİ1234567.
error-decision-number-format = Qərarın nömrəsini qərarda göstərildiyi kimi daxil edin: MOM və 7 rəqəm, məsələn: MOM1234567.
error-phone-format = Mobil və ya stasionar telefon nömrəsini daxil edin, məsələn: 050 123 45 67 və ya +994 12 345 67 89. Xarici nömrəni + işarəsi və ölkə kodu ilə yazın.
error-phone-not-allocated = Azərbaycanda belə başlayan telefon nömrəsi yoxdur. Operatorun və ya şəhərin kodunu yoxlayın, məsələn: 050, 055 və ya 012.
error-postal-code-format = Poçt indeksini AZ və 4 rəqəm şəklində daxil edin, məsələn: AZ1000.
error-age-under-18 = Şəxs 18 yaşına çatmış olmalıdır.

## Səhifənin ilk lazım olanda yüklənən hissələri

lazy-loading = Yüklənir…
lazy-failed-title = Səhifəni yükləmək mümkün olmadı
lazy-failed = İnternet bağlantınızı yoxlayın və yenidən cəhd edin.
lazy-retry = Yenidən cəhd edin
lang-load-failed = Səhifəni seçdiyiniz dilə keçirmək mümkün olmadı. İnternet bağlantınızı yoxlayın və yenidən cəhd edin.

## Formalar: bütün formalarda olan hissələr

# Hər sahənin xəta mesajından əvvəl oxunur.
error-prefix = Xəta:
error-summary-title = Düzəliş tələb olunur
date-input-day = Gün
date-input-month = Ay
date-input-year = İl
date-entry-missing-day = Tarixdə gün göstərilməlidir.
date-entry-missing-month = Tarixdə ay göstərilməlidir.
date-entry-missing-year = Tarixdə il göstərilməlidir.
date-entry-incomplete = Tarixi tam daxil edin: gün, ay və il.
date-entry-not-numbers = Tarixi rəqəmlərlə daxil edin, məsələn, 27 3 1990.
date-entry-month = Ay 1-dən 12-yə qədər rəqəm olmalıdır.
date-entry-day = Bu ayda belə gün yoxdur. Günü yoxlayın.
date-entry-year = İli dörd rəqəmlə daxil edin, məsələn, 1990.
citizenship-matches =
    { $count ->
        [0] Uyğun ölkə tapılmadı. Yazılışı yoxlayın.
       *[other] { $count } ölkə uyğun gəlir. Seçmək üçün yuxarı və aşağı ox düymələrindən istifadə edin.
    }
citizenship-xxa = Vətəndaşlığı olmayan şəxs
citizenship-xxb = Qaçqın (1951-ci il Konvensiyası)
citizenship-xxc = Qaçqın (digər)

## Cavablarda tarixlər

date-long = { $day } { $month } { $year } il
date-with-weekday = { $date }, { $weekday }
date-time = { $date }, saat { $time }
date-month-1 = yanvar
date-month-2 = fevral
date-month-3 = mart
date-month-4 = aprel
date-month-5 = may
date-month-6 = iyun
date-month-7 = iyul
date-month-8 = avqust
date-month-9 = sentyabr
date-month-10 = oktyabr
date-month-11 = noyabr
date-month-12 = dekabr

## Yoxlamalar: suallar

form-back = Xidmətin təsvirinə qayıdın
lookup-intro = Məlumatlarınızı pasportunuzda olduğu kimi daxil edin.
lookup-privacy = Daxil etdiyiniz məlumatlar yalnız Dövlət Miqrasiya Xidmətinə göndərilir və bu cihazda saxlanılmır. Onları ekrandan silmək üçün «Təmizləyin» düyməsini basın və ya bu səhifədən çıxın.
person-passport-label = Pasport nömrəsi
person-passport-hint = Xidmətə təqdim etdiyiniz pasportda yazıldığı kimi: hərflər və rəqəmlər, məsələn, C01X00T47.
person-birth-legend = Doğum tarixi
person-birth-hint = Məsələn, 27 3 1990
person-citizenship-label = Vətəndaşlıq
person-citizenship-hint = Ölkənin adını yazmağa başlayın və siyahıdan seçin. Vətəndaşlığınız yoxdursa, «vətəndaşlığı olmayan» yazın.
lookup-submit = Yoxlayın
lookup-sending = Yoxlanılır…
lookup-clear = Təmizləyin
person-passport-required = Pasport nömrənizi daxil edin.
person-birth-required = Doğum tarixinizi daxil edin.
person-citizenship-required = Vətəndaşlığınızı yazın və siyahıdan seçin.

## Yoxlamalar: cavablar

lookup-forget = Bu cavab bu cihazda saxlanılmır. Onu silmək üçün «Təmizləyin» düyməsini basın və ya səhifədən çıxın.
lookup-nothing-found-advice = Pasport nömrəsini, doğum tarixini və vətəndaşlığı pasportunuzda olduğu kimi daxil etdiyinizi yoxlayın. Məlumatlar düzgündürsə və nəticə gözləyirdinizsə, (012) 919 nömrəsinə zəng edin və ya Xidmətin regional idarəsinə müraciət edin.
lookup-applications-none = Bu məlumatlar üzrə müraciət tapılmadı
lookup-applications-found = Müraciətləriniz
lookup-reference = Müraciətin nömrəsi
lookup-status = Status
lookup-submitted = Təqdim edilib
lookup-document-number = Sənədin nömrəsi
lookup-payment-number = Ödəniş nömrəsi
lookup-history = Müraciətin gedişi
application-status-submitted = Qəbul edilib
    .next = Müraciət qəbul edilib və yoxlanılacaq. Baxılma müddətləri xidmətin səhifəsində göstərilib.
application-status-in-review = Baxılır
    .next = Müraciətə əməkdaş baxır. Əlavə bir şey lazım olarsa, Xidmət sizə məlumat verəcək.
application-status-documents-requested = Əlavə sənəd tələb olunub
    .next = Xidmətə sizdən əlavə sənədlər lazımdır: hansı sənədlərin lazım olduğu sizə göndərilən bildirişdə göstərilib. Sənədlər daxil olduqdan sonra baxılma davam edəcək.
application-status-awaiting-payment = Ödəniş gözlənilir
    .next = Dövlət rüsumunu göstərilən ödəniş nömrəsi ilə ödəyin. Ödəniş daxil olduqdan sonra, adətən bir iş günü ərzində, baxılma davam edəcək.
application-status-approved = Təsdiq edilib
    .next = Sənəd hazırlanır. Onu nə vaxt və haradan ala biləcəyiniz sizə bildiriləcək.
application-status-refused = İmtina edilib
    .next = Sizə göndərilən qərarda imtinanın səbəbləri və qərardan şikayət vermə qaydası göstərilib. Sualınız varsa, (012) 919 nömrəsinə zəng edin.
application-status-issued = Verilib
    .next = Sənəd hazırdır. Hələ almamısınızsa, pasportunuzla bildirişdə göstərilən idarəyə gəlin.
lookup-registration-registered = Siz olduğunuz yer üzrə qeydiyyatdasınız
lookup-registration-until = Qeydiyyatınız { $date } tarixinədək qüvvədədir.
lookup-registration-renew = Yeni ünvana köçsəniz, 5 iş günü ərzində orada qeydiyyatdan keçin. Daha uzun qalacaqsınızsa, bu tarixdən əvvəl müvəqqəti olma müddətinin uzadılması üçün müraciət edin.
lookup-registration-none = Bu məlumatlar üzrə qüvvədə olan qeydiyyat tapılmadı
lookup-registration-none-advice = Azərbaycanda 15 gündən (Qazaxıstan vətəndaşları üçün 30 gündən) artıq qalan əcnəbilər və vətəndaşlığı olmayan şəxslər olduqları yer üzrə qeydiyyatdan keçməlidirlər. Qeydiyyatdan «Olduğu yer üzrə qeydiyyat» xidməti vasitəsilə onlayn keçə bilərsiniz.
lookup-travel-ban-none = Bu məlumatlar üzrə məhdudiyyət tapılmadı
lookup-travel-ban-none-note = Bu yoxlama daxil etdiyiniz məlumatlar üzrə Dövlət Miqrasiya Xidmətində Azərbaycana girişə və ya Azərbaycandan çıxışa məhdudiyyətin qeydə alınıb-alınmadığını yoxlama anındakı vəziyyətə görə göstərir. Bu, arayış deyil.
lookup-travel-ban-found = Bu məlumatlar üzrə Azərbaycana girişə və ya Azərbaycandan çıxışa məhdudiyyət tapıldı
lookup-travel-ban-found-advice = Səbəblər onlayn göstərilmir. Səbəbi və nə etməli olduğunuzu öyrənmək üçün (012) 919 nömrəsinə zəng edin və ya pasportunuzla Xidmətin idarəsinə gəlin. Məhdudiyyəti yalnız onu tətbiq etmiş orqan aradan qaldıra bilər.
lookup-fees-none = Bu məlumatlar üzrə dövlət rüsumu tapılmadı
lookup-fees-found = Dövlət rüsumlarınız
lookup-amount = Məbləğ
lookup-due-date = Son ödəniş tarixi
lookup-payment-paid = Ödənilib
lookup-payment-unpaid = Hələ ödənilməyib
lookup-fees-how-to-pay = Ödəniş nömrəsi ilə ödəmə yolları
lookup-pay-card = Onlayn, bank kartı ilə, Dövlət Miqrasiya Xidmətinin elektron xidmətlərində.
lookup-pay-portal = Hökumət Ödəniş Portalında və ya bankınızın tətbiqində.
lookup-pay-terminal = Expresspay ödəniş terminallarında.
lookup-pay-asan = «ASAN xidmət» mərkəzlərində, ASAN Ödəniş vasitəsilə.

## Calculators: the registration deadline and the temporary stay

calc-privacy = Hesablama bu cihazda aparılır: daxil etdiyiniz məlumatlar heç yerə göndərilmir və saxlanılmır.
calc-submit = Hesablayın
# A date with its day of the week: "30 mart 2026, bazar ertəsi".
date-weekday-1 = bazar ertəsi
date-weekday-2 = çərşənbə axşamı
date-weekday-3 = çərşənbə
date-weekday-4 = cümə axşamı
date-weekday-5 = cümə
date-weekday-6 = şənbə
date-weekday-7 = bazar
calc-rule-heading = Necə hesablandı
calc-rule-name = Qayda
calc-rule-legal = Hüquqi əsas
calc-rule-since = Tətbiq edildiyi tarix
calc-rule-registration-arrival-15 = Azərbaycana gəldiyiniz gündən 15 təqvim günü ərzində olduğunuz yer üzrə qeydiyyatdan keçin
    .legal = Azərbaycan Respublikasının Miqrasiya Məcəlləsi, 21-ci maddə
calc-rule-registration-arrival-kaz-30 = Qazaxıstan vətəndaşları: Azərbaycana gəldiyiniz gündən 30 təqvim günü ərzində olduğunuz yer üzrə qeydiyyatdan keçin
    .legal = Azərbaycan Respublikası ilə Qazaxıstan Respublikası arasında qarşılıqlı vizasız səfərlər haqqında 2009-cu il 2 oktyabr tarixli Sazişə dəyişikliklər edilməsi barədə Protokol; Miqrasiya Məcəlləsi, 21-ci maddə
calc-rule-registration-move-5-working-days = Yeni ünvana köçdükdən sonra: 5 iş günü ərzində həmin ünvan üzrə qeydiyyatdan keçin
    .legal = Azərbaycan Respublikasının Miqrasiya Məcəlləsi, 21-ci maddə
calc-rule-stay-rus-90-per-calendar-year = Vizasız gələn Rusiya Federasiyası vətəndaşları və Rusiyada daimi yaşayan vətəndaşlığı olmayan şəxslər: hər təqvim ilində ən çoxu 90 gün
    .legal = Azərbaycan Respublikası Nazirlər Kabinetinin 2024-cü il 29 dekabr tarixli 561 nömrəli Qərarı
calc-rule-stay-visa-free-90 = Vizasız: hər gəlişdə ölkəyə giriş günündən hesablanmaqla 90 gün (ümumi qayda; ölkənizlə bağlanmış saziş başqa müddət müəyyən edə bilər)
    .legal = Azərbaycan Respublikasının Miqrasiya Məcəlləsi, 18–20-ci maddələr
calc-rule-stay-visa-period = Viza ilə: vizanın icazə verdiyi günlərin sayı, ölkəyə giriş günündən hesablanmaqla
    .legal = Azərbaycan Respublikasının Miqrasiya Məcəlləsi, 18–20-ci və 38.1-ci maddələr
calc-calendar-provisional = Hesablama dövrünə düşən ildə bəzi dini bayram günləri Nazirlər Kabineti tərəfindən hələ müəyyən edilməyib, ona görə də həmin günlər müəyyən edildikdən sonra nəticə dəyişə bilər.
calc-error-citizenship = Siyahıdan ölkə seçin.
calc-error-azerbaijani-citizen = Azərbaycan vətəndaşlarının olduğu yer üzrə qeydiyyatdan keçməsi və müvəqqəti olma günlərini hesablaması tələb olunmur.
calc-error-no-rule = Kalkulyator { $date } tarixindən etibarən qüvvədə olan qaydaları nəzərə alır. Daha sonrakı tarix daxil edin.
calc-error-date-range = Son bir neçə ilə aid tarix daxil edin.
calc-error-calendar-year-unknown = İş və bayram günlərinin təqvimi { $year } üçün hələ dərc edilməyib, ona görə də iş günlərini hesablamaq mümkün deyil. (012) 919 nömrəsinə zəng edin və ya Xidmətin regional idarəsinə müraciət edin.
calc-error-residence = Daimi yaşadığınız ölkəni siyahıdan seçin.
calc-error-visa-days = Vizanızın icazə verdiyi günlərin sayını 1-dən { $max }-dək daxil edin.
calc-error-too-many-trips = Ən çoxu { $max } səfər daxil edin.
calc-error-trips = Səfərlərinizin tarixlərini yoxlayın.
calc-trip-exit-before-entry = Çıxış tarixi giriş tarixi ilə eyni və ya ondan sonra olmalıdır.
calc-trip-too-early = Kalkulyator səfərləri { $date } tarixindən etibarən hesablayır. Bu tarixdən əvvəlki səfərləri daxil etməyin və ya tarixi yoxlayın.
calc-trip-too-late = { $date } tarixindən gec olmayan tarix daxil edin.
calc-trip-open-in-future = Bu səfər gələcəkdə başlayır. Onun çıxış tarixini də daxil edin.
calc-day-kind-holiday = bayram günü
calc-day-kind-mourning = hüzn günü
calc-day-kind-election = seçki günü
calc-day-kind-substitute = istirahət gününə düşən bayramın əvəzinə istirahət günü
calc-day-kind-transfer-off = Nazirlər Kabinetinin qərarı ilə yeri dəyişdirilmiş istirahət günü
calc-day-kind-working = Nazirlər Kabinetinin qərarı ilə iş günü
holiday-new-year = Yeni il bayramı
holiday-national-mourning-day = Ümumxalq Hüzn Günü
holiday-municipal-elections = Bələdiyyə seçkiləri
holiday-womens-day = Qadınlar Günü
holiday-novruz = Novruz bayramı
holiday-ramazan = Ramazan bayramı
holiday-victory-over-fascism = Faşizm üzərində Qələbə Günü
holiday-independence-day = Müstəqillik Günü
holiday-national-salvation-day = Azərbaycan xalqının Milli Qurtuluş Günü
holiday-armed-forces-day = Azərbaycan Respublikasının Silahlı Qüvvələri Günü
holiday-gurban = Qurban bayramı
holiday-victory-day = Zəfər Günü
holiday-flag-day = Azərbaycan Respublikasının Dövlət Bayrağı Günü
holiday-solidarity-day = Dünya Azərbaycanlılarının Həmrəyliyi Günü

## Calculators: the registration deadline

calc-reg-intro = Azərbaycana gəldikdən və ya yeni ünvana köçdükdən sonra olduğunuz yer üzrə qeydiyyatdan keçməli olduğunuz son günü öyrənin.
calc-reg-event-legend = Nə baş verib?
calc-reg-event-arrival = Azərbaycana gəlmişəm
calc-reg-event-move = Azərbaycanda yeni ünvana köçmüşəm
calc-reg-event-required = Azərbaycana gəldiyinizi və ya yeni ünvana köçdüyünüzü seçin.
calc-reg-date-arrival = Gəliş tarixi
calc-reg-date-arrival-hint = Sərhədi keçdiyiniz gün. Məsələn, 27 3 2026
calc-reg-date-move = Köçmə tarixi
calc-reg-date-move-hint = Yeni ünvana gəldiyiniz gün. Məsələn, 27 3 2026
calc-reg-date-arrival-required = Gəliş tarixini daxil edin.
calc-reg-date-move-required = Köçmə tarixini daxil edin.
calc-reg-result = Qeydiyyatdan keçmək üçün son gün: { $date }
calc-reg-days-left =
    { $count ->
        [0] Son gün bu gündür.
       *[other] Son gün bu gündən { $count } gün sonradır.
    }
calc-reg-late =
    { $count ->
       *[other] Qeydiyyat müddəti { $count } gün əvvəl başa çatıb.
    }
calc-reg-late-advice = Mümkün qədər tez qeydiyyatdan keçin: qeydiyyatdan vaxtında keçilmədikdə cərimə tətbiq oluna bilər. Qeydiyyatdan «Olduğu yer üzrə qeydiyyat» xidməti vasitəsilə onlayn keçə bilərsiniz.
calc-reg-day-off = Həmin gün iş günü deyil ({ $reason }): idarələr bağlıdır, ona görə də onlayn qeydiyyatdan keçin və ya idarəyə həmin gündən əvvəl gəlin.
calc-reg-day-off-unknown = İş günlərinin təqvimi { $year } üçün hələ dərc edilməyib: idarəyə getməzdən əvvəl həmin günün iş günü olub-olmadığını yoxlayın.
calc-reg-unknown-heading = Son günü hələ hesablamaq mümkün deyil
calc-reg-counted-heading = Hesablanmayan günlər
calc-reg-counted-weekends = İş günləri bazar ertəsindən cüməyədək olan günlərdir. Şənbə və bazar günləri, habelə aşağıdakı günlər iş günü kimi hesablanmayıb:

## Calculators: the temporary stay

calc-stay-intro = Neçə müvəqqəti olma günündən istifadə etdiyinizi və neçə gününüzün qaldığını hesablayın. Azərbaycana etdiyiniz hər səfəri daxil edin.
calc-stay-residence-label = Daimi yaşadığınız ölkə
calc-stay-residence-hint = Vətəndaşlığı olmayan şəxslər üçün qayda bu ölkədən asılıdır. Heç bir ölkədə daimi yaşamırsınızsa, boş saxlayın.
calc-stay-entry-legend = Azərbaycana necə gəlmisiniz?
calc-stay-entry-visa-free = Vizasız
calc-stay-entry-visa = Viza ilə
calc-stay-entry-required = Vizasız və ya viza ilə gəldiyinizi seçin.
calc-stay-visa-days-label = Vizanızın icazə verdiyi olma günlərinin sayı
calc-stay-visa-days-hint = Vizada yazıldığı kimi, məsələn, 30.
calc-stay-visa-days-required = Vizanızın icazə verdiyi günlərin sayını daxil edin.
calc-stay-trips-heading = Azərbaycana səfərləriniz
calc-stay-trips-hint = Həm giriş, həm də çıxış günü olma günü kimi hesablanır. Ən azı bu il və keçən il etdiyiniz səfərləri daxil edin.
calc-stay-trip-legend = Səfər { $number }
calc-stay-trip-entry = Giriş tarixi
calc-stay-trip-entry-hint = Məsələn, 27 3 2026
calc-stay-trip-exit = Çıxış tarixi
calc-stay-trip-exit-hint = Hələ Azərbaycandasınızsa, boş saxlayın.
calc-stay-trip-entry-required = Giriş tarixini daxil edin.
calc-stay-trip-problem = { $trip } — { $problem }
calc-stay-trip-remove = { $number } nömrəli səfəri silin
calc-stay-trip-removed = { $number } nömrəli səfər silindi.
calc-stay-trip-add = Daha bir səfər əlavə edin
calc-stay-trip-add-first = Səfər əlavə edin
calc-stay-used =
    { $count ->
       *[other] { $limit } gündən { $count } gün istifadə olunub
    }
calc-stay-left =
    { $count ->
        [0] Heç bir gününüz qalmayıb.
       *[other] { $count } gününüz qalıb.
    }
calc-stay-counted-year = Təqvim ili üzrə hesablanıb: { $year }, 1 yanvardan 31 dekabradək.
calc-stay-counted-stay = Hazırkı olma müddətiniz üzrə, { $date } tarixindən hesablanıb.
calc-stay-counted-none = Daxil etdiyiniz tarixlərə görə bu gün Azərbaycanda deyilsiniz: hesablama bu gün başlayan olma müddəti üçündür.
calc-stay-runs-out = Bu gündən ölkədən çıxmadan qalsanız, icazə verilən son gününüz { $date } olacaq.
calc-stay-already-over = Bu gün üçün gününüz qalmayıb: bu gün Azərbaycanda olmağınız artıq icazə verilən müddətdən kənardır.
calc-stay-overstay =
    { $count ->
       *[other] İcazə veriləndən { $count } gün artıq qalmısınız.
    }
calc-stay-overstay-advice = Mümkün qədər tez Azərbaycanı tərk edin və ya müvəqqəti olma müddətinin uzadılması üçün müraciət edin: icazə verilən müddətdən artıq qalmaq cərimə və ölkəyə giriş qadağası ilə nəticələnə bilər. Məsləhət üçün (012) 919 nömrəsinə zəng edin.
calc-stay-breakdown = Günlər üzrə hesablamanı göstərin
calc-stay-print = Nəticəni çap edin
calc-stay-window-year = { $year }
calc-stay-window-stay = { $first } – { $last } tarixlərində olma müddəti
calc-stay-window-used =
    { $count ->
       *[other] { $limit } gündən { $count } gün hesablanıb.
    }
calc-stay-breakdown-day = Gün
calc-stay-breakdown-date = Tarix
calc-stay-breakdown-trip = Səfər
calc-stay-breakdown-over = icazə veriləndən artıq

## Online queue: booking a visit to an office, and cancelling it

# A date with its day of the week: "30 noyabr 2026, bazar ertəsi".
queue-intro = Miqrasiya idarəsinə gəlmək üçün vaxt seçib növbəyə yazılın. Bu, təxminən 3 dəqiqə çəkir.
queue-privacy = Məlumatlarınız yalnız Dövlət Miqrasiya Xidmətinə göndərilir və bu cihazda saxlanılmır.
queue-step-service = 1. Gəlişinizin məqsədi
queue-service-label = Hansı xidmət üçün gəlirsiniz?
queue-service-choose = Xidməti seçin
queue-service-required = Gəlişinizin hansı xidmətlə bağlı olduğunu seçin.
queue-booking-exists = Bu xidmət üzrə artıq növbəniz var. Hər xidmət üzrə yalnız bir növbəyə yazıla bilərsiniz.
queue-booking-exists-how = Başqa vaxt seçmək üçün əvvəlcə təsdiqdəki keçid və ya ləğv kodu ilə həmin növbəni ləğv edin:
queue-step-office = 2. İdarə
queue-office-legend = Hansı idarəyə gələcəksiniz?
queue-offices-loading = İdarələrin siyahısı yüklənir…
queue-office-required = İdarəni seçin.
queue-step-time = 3. Gün və saat
queue-date-label = Gün
queue-date-hint = İdarələr iş günləri işləyir. İstirahət və bayram günləri siyahıda yoxdur.
queue-date-choose = Günü seçin
queue-date-required = Günü seçin.
queue-times-first = Boş vaxtları görmək üçün idarəni və günü seçin.
queue-times-loading = Boş vaxtlar axtarılır…
queue-times-none = Həmin gün boş vaxt yoxdur. Başqa gün və ya başqa idarə seçin.
queue-times-legend = Boş vaxtlar: { $day }
queue-time-required = Vaxtı seçin.
queue-slot-taken = Bu vaxtı indicə başqa şəxs tutdu. Başqa vaxt seçin: siyahıda hazırda boş olan vaxtlar göstərilir.
queue-step-person = 4. Şəxsi məlumatlarınız
queue-person-why = Növbə bir şəxs üçün saxlanılır. Məlumatlarınızı pasportunuzda olduğu kimi daxil edin və həmin pasportla gəlin.
queue-name-label = Soyadı, adı
queue-name-hint = Pasportunuzda olduğu kimi: idarədə sizi bu adla çağıracaqlar.
queue-name-required = Soyadınızı və adınızı daxil edin.
queue-passport-hint = Pasportunuzda yazıldığı kimi hərflər və rəqəmlər, məsələn, C01X00T47.
queue-submit = Növbəni təsdiq edin
queue-sending = Növbəyə yazılırsınız…
queue-booked-title = Növbəyə yazıldınız
queue-booked-reference = Növbənin nömrəsi
queue-qr-label = { $reference } nömrəli növbənin QR kodu
queue-fact-service = Xidmət
queue-fact-office = İdarə
queue-fact-address = Ünvan
queue-fact-day = Gün
queue-fact-time = Saat
queue-bring-heading = Özünüzlə nə gətirməlisiniz
queue-bring-passport = Məlumatlarını daxil etdiyiniz pasportu. Pasport olmadan idarədə qəbul edilməyəcəksiniz.
queue-bring-arrive = Təyin olunmuş vaxtdan 10 dəqiqə əvvəl gəlin və bu talonu və ya növbənin nömrəsini təqdim edin.
queue-cancel-heading = Gələ bilməsəniz
queue-cancel-how = Növbəni ləğv edin ki, bu vaxtdan başqası istifadə edə bilsin. Bunun üçün növbənin nömrəsi və ləğv kodu lazımdır.
queue-cancel-link = Bu növbəni ləğv edin
queue-secret-label = Ləğv kodu:
queue-secret-once = Kodu yazıb saxlayın və ya bu səhifəni çap edin: o, yalnız bir dəfə göstərilir. Ləğv keçidində də bu kod var, ona görə də keçidi heç kimlə bölüşməyin.
queue-booked-unavailable = Növbəyə yazıldınız, lakin təsdiq səhifəsini açmaq mümkün olmadı. Növbənin nömrəsini ({ $reference }) və ləğv kodunu ({ $secret }) yazıb saxlayın: kod yalnız bir dəfə göstərilir.
queue-print = Talonu çap edin
queue-again = Yenidən növbəyə yazılın
queue-cancel-title = Növbənin ləğvi
queue-cancel-intro = Təsdiqdə göstərilən növbə nömrəsini və ləğv kodunu daxil edin.
queue-reference-label = Növbənin nömrəsi
queue-reference-hint = Məsələn, QB-4H7T-0ZK9
queue-reference-required = Növbənin nömrəsini daxil edin.
queue-secret-field = Ləğv kodu
queue-secret-hint = Təsdiqdə bir dəfə göstərilən, hərf və rəqəmlərdən ibarət kod.
queue-secret-required = Ləğv kodunu daxil edin.
queue-cancel-submit = Növbəni ləğv edin
queue-cancel-sending = Ləğv edilir…
queue-cancel-not-found = Bu nömrə və ləğv koduna uyğun növbə tapılmadı. Hər ikisini yoxlayın və yenidən cəhd edin. Kodu itirmisinizsə, (012) 919 nömrəsinə zəng edin.
queue-cancelled-title = Növbəniz ləğv edildi
queue-cancelled-reference = { $reference } nömrəli növbə ləğv edildi.
queue-cancelled-free = Bu vaxt artıq başqaları üçün boşdur. Başqa heç nə etməyiniz lazım deyil.
queue-cancelled-again = Yenidən növbəyə yazılın

## Application forms (the Apply section): pages, steps, questions and options.
## field-<id> is a question's label, .hint its hint; option-<id>-<key> a choice.

apply-back = Geri
apply-optional = (məcburi deyil)
apply-conflict = Bu cavablar artıq göndərilmiş ola bilər: bağlantı kəsilməzdən əvvəl həmin cavablarla müraciətin göndərilməsinə başlanmışdı. Yenidən göndərməzdən əvvəl «Müraciətlərin izlənilməsi» xidmətində yoxlayın.
apply-step-of = Addım { $step } / { $steps }
apply-continue = Davam edin
apply-rules-unavailable = Cavablarınızı yoxlamaq mümkün olmadı, çünki xidmətin bir hissəsi yüklənmədi. İnternet bağlantınızı yoxlayın və yenidən «Davam edin» düyməsini seçin. Cavablarınız saxlanılıb.
apply-choose = Seçin
apply-date-hint = Məsələn, 27 3 2026
apply-draft-kept = Cavablarınız siz daxil etdikcə bu cihazda saxlanılır və müraciəti göndərənədək orada qalır. Başqalarının da istifadə etdiyi kompüterdə işinizi bitirdikdən sonra cavabları silin.
apply-draft-kiosk = Ümumi istifadə üçün olan bu ekranda cavablarınız yalnız siz ondan istifadə etdiyiniz müddətdə saxlanılır. Ekrana bir müddət toxunulmasa, daxil etdiyiniz bütün məlumatlar silinir.
apply-draft-restored = Əvvəllər bu cihazda daxil etdiyiniz cavabları saxlamışıq. Davam edə və ya onları silib yenidən başlaya bilərsiniz.
apply-draft-forget = Cavablarımı silin və yenidən başlayın
apply-draft-discarded = Bu cihazda əvvəllər saxlanılmış cavabları oxumaq mümkün olmadı, ona görə də forma boş açılır.
apply-draft-expired = Bu cihazda { $days } gündən çox əvvəl saxlanılmış cavablar silinib, ona görə də forma boş açılır.
apply-not-given = Göstərilməyib
apply-change = Dəyişdirin
apply-check-title = Müraciəti göndərməzdən əvvəl cavablarınızı yoxlayın
apply-declaration-heading = İndi müraciətinizi göndərin
apply-declaration = Təqdim etdiyim məlumatların doğru və tam olduğunu təsdiq edirəm. Yalan məlumat verilməsinin müraciət üzrə imtinaya səbəb ola biləcəyini bilirəm.
apply-declaration-required = Təqdim etdiyiniz məlumatların doğru və tam olduğunu təsdiq edin
apply-submit = Təsdiq edin və göndərin
apply-sending = Müraciətiniz göndərilir…
apply-upload-hint = Həcmi 5 MB-dək olan PDF, JPEG və ya PNG faylı.
apply-upload-too-large = Faylın həcmi 5 MB-dan çoxdur. Daha kiçik fayl seçin və ya sənədi daha aşağı ayırdetmə qabiliyyəti ilə skan edin.
apply-upload-wrong-type = Fayl PDF, JPEG və ya PNG formatında olmalıdır. Başqa fayl seçin.
apply-upload-sending = Yüklənir: { $percent }%
apply-upload-done = Yükləndi: { $name } ({ $size } KB)
apply-upload-remove = Silin
apply-upload-retry = Yenidən cəhd edin
apply-sent-title = Müraciət göndərildi
apply-sent-reference = Müraciətinizin nömrəsi
apply-sent-service = Xidmət
apply-sent-when = Göndərilmə tarixi
apply-sent-fee = Dövlət rüsumu
apply-sent-fee-free = Tutulmur: bu xidmət ödənişsizdir.
apply-sent-fee-later = Məbləğ müraciətinizə baxılarkən təsdiqlənəcək.
apply-sent-qr = QR kod: müraciətinizin izlənilməsi səhifəsini açır
apply-sent-next-heading = Bundan sonra nə baş verəcək
apply-sent-next = Dövlət Miqrasiya Xidməti müraciətinizi və sənədlərinizi yoxlayacaq. Hər hansı sənəd və ya məlumat çatışmadıqda, onu təqdim etməyiniz xahiş olunacaq. Qərar müraciətinizi izləyərkən də göstərilir.
apply-sent-track = Müraciətin nömrəsini saxlayın: { $reference }. Müraciətinizi pasport nömrənizi, doğum tarixinizi və vətəndaşlığınızı daxil etməklə izləyə bilərsiniz.
apply-sent-track-link = Müraciətinizi izləyin
apply-sent-print = Bu səhifəni çap edin
apply-sent-none-title = Bu səhifədən müraciət göndərilməyib
apply-sent-none = Brauzerin bu səkməsindən göndərilmiş müraciət yoxdur. Müraciət göndərmisinizsə, onun nömrəsini saxlayın və müraciəti pasport məlumatlarınızla izləyin.
apply-sent-start = Müraciətə başlayın

step-for-whom = Müraciət kimin üçündür?
step-representative = Sizin haqqınızda (valideyn, qəyyum və ya himayəçi)
step-person = Müraciətin aid olduğu şəxs
step-passport = Pasport
step-citizen = Şəxsi məlumatlarınız
step-address = Azərbaycandakı ünvan
step-contact = Əlaqə məlumatları
step-registration-who = Qeydiyyat üçün kim müraciət edir?
step-registration-passport = Əcnəbinin pasportu
step-registration-stay = Qalma müddəti
step-registration-host = Əcnəbi kimin yanında qalır
step-documents = Sənədlər
step-extension = Müddətin uzadılması
step-background = Doğum yeri və ailə vəziyyəti
step-residence-grounds = İcazə üçün əsaslar
step-residence-period = İcazənin müddəti və baxılma müddəti
step-current-permit = Müvəqqəti yaşamaq üçün icazəniz
step-employer = İşəgötürən
step-worker = Əcnəbi işçi
step-job = İş
step-job-extension = Müddəti uzadılacaq iş icazəsi
step-admission = Azərbaycanda yaşamağınız
step-restoration = Əvvəlki vətəndaşlığınız
step-renunciation = Qəbul etdiyiniz vətəndaşlıq
step-other-citizenship = Digər vətəndaşlığınız
step-job-application = Təhsil və dil bilikləri
step-candidate-contact = Sizinlə necə əlaqə saxlaya bilərik

field-applying-for = Müraciət kimin üçündür?
option-applying-for-self = Özüm üçün
option-applying-for-minor = 18 yaşınadək uşaq üçün (mən onun valideyni, qəyyumu və ya himayəçisiyəm)
field-representative-given-name = Adınız
field-representative-family-name = Soyadınız
field-representative-relation = Siz uşağın kimisiniz?
option-representative-relation-parent = Valideyni
option-representative-relation-guardian = Qəyyumu və ya himayəçisi
field-applicant-given-name = Ad
    .hint = Pasportda yazıldığı kimi, latın və ya kiril hərfləri ilə.
field-applicant-family-name = Soyad
    .hint = Pasportda yazıldığı kimi.
field-person-patronymic = Ata adı
    .hint = Pasportda göstərilibsə.
field-applicant-date-of-birth = Doğum tarixi
    .hint = Məsələn, 27 3 1990
field-applicant-citizenship = Vətəndaşlıq
    .hint = Yazmağa başlayın, sonra siyahıdan seçin. Vətəndaşlıq yoxdursa, «Vətəndaşlığı olmayan şəxs» seçimini edin.
field-applicant-passport-number = Pasport nömrəsi
    .hint = Pasportun fotoşəkilli səhifəsində yazıldığı kimi, məsələn, C01X00T47.
field-passport-expiry = Pasportun qüvvədə olma müddətinin bitdiyi tarix
    .hint = Məsələn, 31 12 2030
field-person-fin = Fərdi identifikasiya nömrəsi (FİN)
    .hint = Şəxsiyyət vəsiqənizdə göstərilən 7 hərf və rəqəm, məsələn, 5ZHJ6K2.
field-address-district = Şəhər və ya rayon
field-address-street = Küçə, ev və mənzil
    .hint = Məsələn, Nizami küçəsi 10, mənzil 5
field-address-postal-code = Poçt indeksi
    .hint = Məsələn, AZ1000
field-contact-phone = Telefon nömrəsi
    .hint = Məsələn, 050 123 45 67; xaricdəki nömrəni ölkə kodu ilə yazın, məsələn, +7.
field-applicant-email = Elektron poçt ünvanı
    .hint = Elektron poçt ünvanınızdan yalnız bu müraciət barədə sizə məlumat vermək üçün istifadə olunur.
field-registration-applicant = Qeydiyyat üçün kim müraciət edir?
option-registration-applicant-foreigner = Əcnəbinin özü
option-registration-applicant-owner = Mənzilin və ya evin mülkiyyətçisi
option-registration-applicant-establishment = Mehmanxana, hostel, sanatoriya və ya digər müəssisə
field-stay-arrival = Azərbaycana gəliş tarixi
    .hint = Məsələn, 20 11 2026
field-stay-until = Bu ünvanda qalmanın son günü
    .hint = Məsələn, 20 1 2027
field-host-given-name = Mülkiyyətçinin adı
field-host-family-name = Mülkiyyətçinin soyadı
field-host-fin = Mülkiyyətçinin fərdi identifikasiya nömrəsi (FİN)
    .hint = Mülkiyyətçinin şəxsiyyət vəsiqəsində göstərilən 7 hərf və rəqəm.
field-host-establishment = Müəssisənin adı
field-document-passport = Pasportun surəti
    .hint = Fotoşəkilli səhifə, qeydiyyat üçün isə həmçinin viza səhifəsi və son giriş möhürü olan səhifə.
field-extension-days = Müddəti nə qədər uzatmaq lazımdır?
option-extension-days-30 = 30 günədək
option-extension-days-60 = 60 günədək
field-extension-speed = Qərar nə qədər tez lazımdır?
    .hint = Dövlət rüsumunun məbləği baxılma müddətindən asılıdır.
option-extension-speed-1 = 1 iş günü ərzində
option-extension-speed-3 = 3 iş günü ərzində
field-extension-grounds = Nə üçün daha uzun müddət qalmalısınız?
    .hint = Məsələn, müalicə, təhsil, ailə səbəbləri və ya reysin gecikməsi.
field-document-grounds = Əsası təsdiq edən sənəd
field-document-housing = Qaldığınız yaşayış sahəsinə dair sənəd
    .hint = Məsələn, icarə müqaviləsi və ya daşınmaz əmlakın dövlət reyestrindən çıxarış.
field-person-birth-place = Doğum yeri
    .hint = Pasportda olduğu kimi, şəhər və ölkə.
field-person-marital-status = Ailə vəziyyəti
option-person-marital-status-single = Subay
option-person-marital-status-married = Evli
option-person-marital-status-divorced = Boşanmış
option-person-marital-status-widowed = Dul
field-residence-ground = Hansı əsasla müraciət edirsiniz?
option-residence-ground-citizen-relative = Azərbaycan Respublikası vətəndaşının yaxın qohumu
option-residence-ground-permit-holder-family = Yaşamaq üçün icazəsi olan şəxsin ailə üzvü
option-residence-ground-work-permit = Azərbaycanda iş icazəsi ilə işləmək
option-residence-ground-highly-qualified = Yüksəkixtisaslı mütəxəssis
option-residence-ground-investment = Ən azı 500 000 manat məbləğində investisiya
option-residence-ground-real-estate = Dəyəri ən azı 100 000 manat olan daşınmaz əmlak
option-residence-ground-deposit = Ən azı 100 000 manat məbləğində bank əmanəti
option-residence-ground-securities = Ən azı 100 000 manat məbləğində dövlət qiymətli kağızları
option-residence-ground-company-head = Şirkətin, filialın və ya nümayəndəliyin rəhbəri
option-residence-ground-student = Azərbaycanda təhsil
option-residence-ground-other = Digər əsaslar
field-residence-institution = Məktəbin, kollecin və ya universitetin adı
field-residence-details = Əsaslarınız barədə əlavə məlumat
field-residence-months = İcazə hansı müddətə lazımdır?
option-residence-months-3 = 3 ay
option-residence-months-6 = 6 ay
option-residence-months-12 = 1 il
option-residence-months-18 = 1 il 6 ay
option-residence-months-24 = 2 il
option-residence-months-30 = 2 il 6 ay
option-residence-months-36 = 3 il (yalnız investorlar üçün)
field-residence-speed = Qərar nə qədər tez lazımdır?
    .hint = Dövlət rüsumunun məbləği baxılma müddətindən asılıdır.
option-residence-speed-15 = 15 iş günü ərzində
option-residence-speed-20 = 20 iş günü ərzində
field-document-health = Tibbi arayış (İİV, hepatit B və C)
field-document-photo = Fotoşəkil, 3,5 × 4,5 sm
field-permit-number = Yaşamaq üçün icazə vəsiqəsinin nömrəsi
    .hint = 3 hərf və 7 rəqəm, məsələn, MYİ1234567.
field-permit-expiry = Yaşamaq üçün icazənin qüvvədə olma müddətinin bitdiyi tarix
field-document-permit = Yaşamaq üçün icazə vəsiqəsinin surəti
field-document-funds = Yaşayış xərclərinizi ödəmək üçün vəsaitin olmasını təsdiq edən sənəd
field-employer-type = İşəgötürən kimdir?
option-employer-type-company = Şirkət, yaxud xarici şirkətin filialı və ya nümayəndəliyi
option-employer-type-entrepreneur = Fərdi sahibkar
field-employer-name = Şirkətin adı
field-employer-address = Şirkətin hüquqi ünvanı
field-employer-given-name = Sahibkarın adı
field-employer-family-name = Sahibkarın soyadı
field-employer-fin = Sahibkarın fərdi identifikasiya nömrəsi (FİN)
field-worker-sex = Cinsi
option-worker-sex-female = Qadın
option-worker-sex-male = Kişi
field-job-title = Vəzifə
field-job-district = İşin görüləcəyi yer
field-job-months = İcazə hansı müddətə lazımdır?
option-job-months-3 = 3 ayadək
option-job-months-6 = 6 ayadək
option-job-months-12 = 1 ilədək
field-job-speed = Qərar nə qədər tez lazımdır?
    .hint = Dövlət rüsumunun məbləği baxılma müddətindən asılıdır.
option-job-speed-10 = 10 iş günü ərzində
option-job-speed-15 = 15 iş günü ərzində
option-job-speed-20 = 20 iş günü ərzində
field-job-right-to-stay = İşçiyə Azərbaycanda olmaq hüququ verən sənədin seriyası və nömrəsi
    .hint = İşçi artıq başqa əsasla Azərbaycandadırsa.
field-job-permit-number = Qüvvədə olan iş icazəsinin nömrəsi
field-document-qualification = İşçinin ixtisasını təsdiq edən sənəd
field-document-justification = Əcnəbi işçinin işə cəlb edilməsinin əsaslandırılması
field-residence-since = Daimi yaşamaq üçün icazənin sizə ilk dəfə verildiyi tarix
field-person-biography = Qısa tərcümeyi-halınız
    .hint = Bir neçə cümlə ilə təhsiliniz, işiniz və ailəniz barədə.
field-document-income = Qanuni gəliri təsdiq edən sənəd
field-document-language = Azərbaycan dilini bildiyinizi təsdiq edən sertifikat
field-restoration-lost-year = Azərbaycan Respublikasının vətəndaşlığını itirdiyiniz il
    .hint = Məsələn, 2005
field-restoration-reason = Vətəndaşlığınızı nə üçün bərpa etmək istəyirsiniz?
field-renunciation-country = Hansı ölkənin vətəndaşlığını qəbul edirsiniz və ya artıq qəbul etmisiniz?
    .hint = Yazmağa başlayın, sonra siyahıdan seçin.
field-renunciation-reason = Azərbaycan Respublikasının vətəndaşlığından nə üçün çıxmaq istəyirsiniz?
field-other-country = Hansı ölkənin vətəndaşlığını qəbul etmisiniz?
    .hint = Yazmağa başlayın, sonra siyahıdan seçin.
field-other-acquired = Həmin ölkənin vətəndaşlığını əldə etdiyiniz tarix
field-other-passport-number = Həmin ölkənin sizə verdiyi pasportun nömrəsi
field-candidate-education = Ən yüksək təhsil səviyyəniz
option-candidate-education-secondary = Orta təhsil
option-candidate-education-vocational = Peşə təhsili
option-candidate-education-bachelor = Bakalavr dərəcəsi
option-candidate-education-master = Magistr dərəcəsi
option-candidate-education-doctorate = Doktorluq dərəcəsi
field-candidate-languages = Yaxşı bildiyiniz dillər
    .hint = Uyğun olanların hamısını seçin.
option-candidate-languages-az = Azərbaycan dili
option-candidate-languages-en = İngilis dili
option-candidate-languages-ru = Rus dili
option-candidate-languages-other = Başqa dil
field-candidate-experience = İş təcrübəniz
error-answer-unknown = Bu sual formaya aid deyil.
error-answer-shape = Bu suala bir cavab verin.
error-text-characters = Bu cavabdan xüsusi simvolları silin.
error-number-format = Yalnız rəqəmlərdən istifadə edərək ədəd daxil edin.
error-number-range = Ən azı { $min }, ən çoxu { $max } olan ədəd daxil edin.
error-choice-unknown = Variantlardan birini seçin.
error-district-unknown = Siyahıdan şəhər və ya rayon seçin.
error-date-not-after = Tarix { $date } tarixindən sonra olmalıdır.
error-expires-too-soon = Pasport ən azı { $date } tarixinədək qüvvədə olmalıdır: bu, müraciət etdiyiniz icazənin müddəti bitdikdən 3 ay sonrakı tarixdir.

## Kiosk mode: the "still there?" dialog
kiosk-idle-title = Hələ buradasınız?
kiosk-idle-body = Şəxsi məlumatlarınızın qorunması üçün daxil etdiyiniz hər şey { $seconds } saniyədən sonra silinəcək.
kiosk-idle-continue = Davam edin
