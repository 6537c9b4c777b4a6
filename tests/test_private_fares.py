"""Private railways and subways: published fares and charges, each with its source beside it, all exact.

Rows are the helpers' published-fares tables (see networks/README.md, fares/README.md). A "fare" row is priced
on a route restricted to the row's operators on ordinary trains; a "through" row crosses operators; a
"charge" row prices one ride of the named charged service with :func:`private_charges`.
"""

from datetime import date

import pytest

from railopt.errors import DataError, DateNotCoveredError, FareRuleError
from railopt.fares.private import (
    PrivateFareData,
    check_private_fare_data,
    fare_route,
    private_charges,
    private_fare_data,
)
from railopt.fares.quote import fare_units, price_route, quote
from railopt.network.routing import Route, Segment, shortest_route

# the operator's 2026 fare table (https://www.knt-liner.co.jp/ticket/fee/) as extracted, with a date, into
KNT_2026 = "https://github.com/Eigenoperator/OniChase/blob/05029712a102c058ceae3d35bb05271b6b2b0449/docs/data/v4_fare_rules.json"

FARE = [
    ("hankyu-osaka-umeda", "hankyu-juso", date(2023, 10, 1), 170, None,
     "https://narakanko-enjoy.com/?p=43427"),
    ("hankyu-osaka-umeda", "hankyu-awaji", date(2023, 10, 1), 200, None,
     "https://narakanko-enjoy.com/?p=43427"),
    ("hankyu-osaka-umeda", "hankyu-toyonaka", date(2023, 10, 1), 240, None,
     "https://narakanko-enjoy.com/?p=43427"),
    ("hankyu-osaka-umeda", "hankyu-nishinomiya-kitaguchi", date(2023, 10, 1), 280, None,
     "https://narakanko-enjoy.com/?p=43427"),
    ("hankyu-osaka-umeda", "hankyu-takatsuki-shi", date(2023, 10, 1), 290, None,
     "https://narakanko-enjoy.com/?p=43427"),
    ("hankyu-osaka-umeda", "hankyu-kobe-sannomiya", date(2023, 10, 1), 330, None,
     "https://narakanko-enjoy.com/?p=43427"),
    ("hankyu-osaka-umeda", "hankyu-katsura", date(2023, 10, 1), 390, None,
     "https://narakanko-enjoy.com/?p=43427"),
    ("hankyu-osaka-umeda", "hankyu-kyoto-kawaramachi", date(2023, 10, 1), 410, None,
     "https://narakanko-enjoy.com/?p=43427"),
    ("hankyu-kobe-sannomiya", "hankyu-takatsuki-shi", date(2023, 10, 1), 410, None,
     "https://narakanko-enjoy.com/?p=43427"),
    ("hankyu-kyoto-kawaramachi", "hankyu-nishinomiya-kitaguchi", date(2023, 10, 1), 480, None,
     "https://narakanko-enjoy.com/?p=43427"),
    ("hankyu-kyoto-kawaramachi", "hankyu-takarazuka", date(2023, 10, 1), 540, None,
     "https://narakanko-enjoy.com/?p=43427"),
    ("hankyu-kobe-sannomiya", "hankyu-kyoto-kawaramachi", date(2023, 10, 1), 640, None,
     "https://narakanko-enjoy.com/?p=43427"),
    ("hankyu-kobe-sannomiya", "hankyu-arashiyama", date(2023, 10, 1), 640, None,
     "https://narakanko-enjoy.com/?p=43427"),
    ("hankyu-osaka-umeda", "hankyu-kyoto-kawaramachi", date(2025, 5, 13), 410, None,
     "https://mytrip.tabitetsu.com/index.php/2025/05/13/post-16621"),
    ("hankyu-osaka-umeda", "hankyu-takarazuka", date(2025, 5, 13), 290, None,
     "https://mytrip.tabitetsu.com/index.php/2025/05/13/post-16621"),
    ("hankyu-osaka-umeda", "hankyu-kobe-sannomiya", date(2025, 5, 13), 330, None,
     "https://mytrip.tabitetsu.com/index.php/2025/05/13/post-16621"),
    ("hankyu-osaka-umeda", "hankyu-juso", date(2022, 10, 1), 160, None,
     "https://kansai-sanpo.com/?p=45497"),
    ("hankyu-osaka-umeda", "hankyu-nishinomiya-kitaguchi", date(2022, 10, 1), 270, None,
     "https://kansai-sanpo.com/?p=45497"),
    ("hankyu-osaka-umeda", "hankyu-kobe-sannomiya", date(2022, 10, 1), 320, None,
     "https://kansai-sanpo.com/?p=45497"),
    ("hankyu-osaka-umeda", "hankyu-toyonaka", date(2022, 10, 1), 230, None,
     "https://kansai-sanpo.com/?p=45497"),
    ("hankyu-osaka-umeda", "hankyu-kawanishi-noseguchi", date(2022, 10, 1), 270, None,
     "https://kansai-sanpo.com/?p=45497"),
    ("hankyu-osaka-umeda", "hankyu-takarazuka", date(2022, 10, 1), 280, None,
     "https://kansai-sanpo.com/?p=45497"),
    ("hankyu-osaka-umeda", "hankyu-ibaraki-shi", date(2022, 10, 1), 270, None,
     "https://kansai-sanpo.com/?p=45497"),
    ("hankyu-osaka-umeda", "hankyu-takatsuki-shi", date(2022, 10, 1), 280, None,
     "https://kansai-sanpo.com/?p=45497"),
    ("hankyu-osaka-umeda", "hankyu-karasuma", date(2022, 10, 1), 400, None,
     "https://kansai-sanpo.com/?p=45497"),
    ("hankyu-osaka-umeda", "hankyu-kyoto-kawaramachi", date(2022, 10, 1), 400, None,
     "https://kansai-sanpo.com/?p=45497"),
    ("hankyu-kyoto-kawaramachi", "hankyu-kobe-sannomiya", date(2022, 10, 1), 630, None,
     "https://songanman.com/2022/10/12/move-from-kyoto-to-kobe-only-by-hankyu-railway/"),
    ("hanshin-osaka-umeda", "hanshin-kobe-sannomiya", date(2023, 6, 1), 330, None,
     "https://narakanko-enjoy.com/?p=47913"),
    ("hanshin-osaka-umeda", "hanshin-koshien", date(2023, 6, 1), 280, None,
     "https://narakanko-enjoy.com/?p=47913"),
    ("hanshin-osaka-umeda", "hanshin-nishinomiya", date(2023, 6, 1), 280, None,
     "https://narakanko-enjoy.com/?p=47913"),
    ("hanshin-kobe-sannomiya", "hanshin-nishinomiya", date(2023, 6, 1), 280, None,
     "https://narakanko-enjoy.com/?p=47913"),
    ("hanshin-kobe-sannomiya", "hanshin-koshien", date(2023, 6, 1), 280, None,
     "https://narakanko-enjoy.com/?p=47913"),
    ("hanshin-osaka-umeda", "hanshin-amagasaki", date(2023, 6, 1), 250, None,
     "https://narakanko-enjoy.com/?p=47913"),
    ("hanshin-osaka-namba", "hanshin-koshien", date(2023, 6, 1), 370, None,
     "https://narakanko-enjoy.com/?p=47913"),
    ("hanshin-osaka-namba", "hanshin-nishinomiya", date(2023, 6, 1), 370, None,
     "https://narakanko-enjoy.com/?p=47913"),
    ("hanshin-osaka-namba", "hanshin-amagasaki", date(2023, 6, 1), 340, None,
     "https://narakanko-enjoy.com/?p=47913"),
    ("hanshin-kobe-sannomiya", "hanshin-motomachi", date(2023, 6, 1), 130, None,
     "https://s4.ssl.ph/accs/railway/hanshin003.php"),
    ("hanshin-kobe-sannomiya", "hanshin-motomachi", date(2025, 2, 1), 140, None,
     "https://news.railway-pressnet.com/archives/68558"),
    ("hanshin-uozaki", "hanshin-osaka-umeda", date(2014, 7, 9), 280, None,
     "http://travel.searchlight-jp.com/archives/201407/09-1010.php"),
    ("hanshin-kobe-sannomiya", "hanshin-daimotsu", date(2016, 5, 1), 280, None,
     "https://xn--l8jwa2a8d.jp/archives/206"),
    ("sanyo-nishidai", "sanyo-sanyo-akashi", date(2024, 9, 1), 460, None,
     "https://news.railway-pressnet.com/archives/67611"),
    ("sanyo-nishidai", "sanyo-sanyo-akashi", date(2025, 2, 1), 470, None,
     "https://news.railway-pressnet.com/archives/67611"),
    ("sanyo-nishidai", "sanyo-sanyo-himeji", date(2024, 9, 1), 840, None,
     "https://news.railway-pressnet.com/archives/67611"),
    ("sanyo-nishidai", "sanyo-sanyo-himeji", date(2025, 2, 1), 860, None,
     "https://news.railway-pressnet.com/archives/67611"),
    ("keihan-yodoyabashi", "keihan-demachiyanagi", date(2025, 10, 1), 550, None,
     "https://news.yahoo.co.jp/articles/21617ccdadda90250fd8654e7de0d726a723bc60"),
    ("keihan-yodoyabashi", "keihan-demachiyanagi", date(2025, 9, 30), 490, None,
     "https://news.yahoo.co.jp/articles/21617ccdadda90250fd8654e7de0d726a723bc60"),
    ("keihan-hirakatashi", "keihan-chushojima", date(2025, 10, 1), 400, None,
     "https://news.yahoo.co.jp/articles/21617ccdadda90250fd8654e7de0d726a723bc60"),
    ("keihan-hirakatashi", "keihan-chushojima", date(2025, 9, 30), 350, None,
     "https://news.yahoo.co.jp/articles/21617ccdadda90250fd8654e7de0d726a723bc60"),
    ("keihan-yodoyabashi", "keihan-gion-shijo", date(2025, 10, 1), 490, None,
     "https://jikokuhyo.train-times.net/news/keihan20251001"),
    ("keihan-yodoyabashi", "keihan-gion-shijo", date(2025, 9, 30), 430, None,
     "https://jikokuhyo.train-times.net/news/keihan20251001"),
    ("keihan-yodoyabashi", "keihan-sanjo", date(2025, 10, 1), 490, None,
     "https://207hd.com/post-41675/"),
    ("keihan-yodoyabashi", "keihan-sanjo", date(2025, 9, 30), 430, None,
     "https://207hd.com/post-41675/"),
    ("keihan-kyobashi", "keihan-gion-shijo", date(2025, 10, 1), 480, None,
     "https://jikokuhyo.train-times.net/news/keihan20251001"),
    ("keihan-kyobashi", "keihan-gion-shijo", date(2025, 9, 30), 420, None,
     "https://jikokuhyo.train-times.net/news/keihan20251001"),
    ("keihan-kyobashi", "keihan-shichijo", date(2025, 10, 1), 480, None,
     "https://jikokuhyo.train-times.net/news/keihan20251001"),
    ("keihan-kyobashi", "keihan-shichijo", date(2025, 9, 30), 420, None,
     "https://jikokuhyo.train-times.net/news/keihan20251001"),
    ("keihan-yodoyabashi", "keihan-neyagawashi", date(2025, 10, 1), 360, None,
     "https://207hd.com/post-41675/"),
    ("keihan-yodoyabashi", "keihan-neyagawashi", date(2025, 9, 30), 320, None,
     "https://207hd.com/post-41675/"),
    ("keihan-yodoyabashi", "keihan-hirakatashi", date(2025, 10, 1), 400, None,
     "https://207hd.com/post-41675/"),
    ("keihan-yodoyabashi", "keihan-hirakatashi", date(2025, 9, 30), 350, None,
     "https://207hd.com/post-41675/"),
    ("keihan-katanoshi", "keihan-hirakatashi", date(2025, 10, 1), 240, None,
     "https://www.katano-times.com/news/keihan-20241206.html"),
    ("keihan-katanoshi", "keihan-hirakatashi", date(2025, 9, 30), 220, None,
     "https://www.katano-times.com/news/keihan-20241206.html"),
    ("keihan-katanoshi", "keihan-kyobashi", date(2025, 10, 1), 420, None,
     "https://www.katano-times.com/news/keihan-20241206.html"),
    ("keihan-katanoshi", "keihan-kyobashi", date(2025, 9, 30), 370, None,
     "https://www.katano-times.com/news/keihan-20241206.html"),
    ("keihan-katanoshi", "keihan-yodoyabashi", date(2025, 10, 1), 420, None,
     "https://www.katano-times.com/news/keihan-20241206.html"),
    ("keihan-katanoshi", "keihan-yodoyabashi", date(2025, 9, 30), 370, None,
     "https://www.katano-times.com/news/keihan-20241206.html"),
    ("keihan-katanoshi", "keihan-gion-shijo", date(2025, 10, 1), 440, None,
     "https://www.katano-times.com/news/keihan-20241206.html"),
    ("keihan-katanoshi", "keihan-gion-shijo", date(2025, 9, 30), 390, None,
     "https://www.katano-times.com/news/keihan-20241206.html"),
    ("keihan-katanoshi", "keihan-sanjo", date(2025, 10, 1), 440, None,
     "https://www.katano-times.com/news/keihan-20241206.html"),
    ("keihan-katanoshi", "keihan-sanjo", date(2025, 9, 30), 390, None,
     "https://www.katano-times.com/news/keihan-20241206.html"),
    ("keihan-yodoyabashi", "keihan-kyobashi", date(2026, 8, 29), 180, None,
     "https://www.keihan.co.jp/traffic/station/assets/pdf/fare/010.pdf"),
    ("keihan-misasagi", "keihan-keihan-yamashina", date(2026, 8, 29), 200, None,
     "https://www.keihan.co.jp/traffic/ticket/information/kirotei.html"),
    ("keihan-misasagi", "keihan-biwako-hamaotsu", date(2026, 8, 29), 280, None,
     "https://www.keihan.co.jp/traffic/ticket/information/kirotei.html"),
    ("keihan-biwako-hamaotsu", "keihan-ishiyamadera", date(2026, 8, 29), 280, None,
     "https://www.keihan.co.jp/traffic/station/assets/pdf/fare/611.pdf"),
    ("keihan-sakamoto-hieizanguchi", "keihan-ishiyamadera", date(2026, 8, 29), 380, None,
     "https://www.keihan.co.jp/traffic/station/assets/pdf/fare/620.pdf"),
    ("keifuku-shijo-omiya", "keifuku-arashiyama", date(2023, 4, 1), 250, 120,
     "https://news-trains.com/?p=15483"),
    ("keifuku-kitano-hakubaicho", "keifuku-arashiyama", date(2023, 4, 1), 250, 120,
     "https://news-trains.com/?p=15483"),
    ("keifuku-shijo-omiya", "keifuku-arashiyama", date(2022, 4, 1), 220, 110,
     "https://trafficnews.jp/post/64176"),
    ("keifuku-kitano-hakubaicho", "keifuku-katabiranotsuji", date(2022, 4, 1), 220, 110,
     "https://trafficnews.jp/post/64176"),
    ("kintetsu-osaka-namba", "kintetsu-nara", date(2023, 3, 31), 570, None,
     "https://www.sankei.com/article/20220415-B4GDJUVLAVMGJFCBEXBFH7OJ5A/"),
    ("kintetsu-osaka-namba", "kintetsu-nara", date(2023, 4, 1), 680, None,
     "https://www.sankei.com/article/20220415-B4GDJUVLAVMGJFCBEXBFH7OJ5A/"),
    ("kintetsu-kyoto", "kintetsu-nara", date(2023, 3, 31), 640, None,
     "https://www.sankei.com/article/20220415-B4GDJUVLAVMGJFCBEXBFH7OJ5A/"),
    ("kintetsu-kyoto", "kintetsu-nara", date(2023, 4, 1), 760, None,
     "https://www.sankei.com/article/20220415-B4GDJUVLAVMGJFCBEXBFH7OJ5A/"),
    ("kintetsu-osaka-namba", "kintetsu-nagoya", date(2023, 3, 31), 2410, None,
     "https://news.railway-pressnet.com/archives/38807"),
    ("kintetsu-osaka-namba", "kintetsu-nagoya", date(2023, 4, 1), 2860, None,
     "https://news.railway-pressnet.com/archives/38807"),
    ("kintetsu-osaka-namba", "kintetsu-kashikojima", date(2023, 3, 31), 2350, None,
     "https://tabippo.net/?p=395663"),
    ("kintetsu-osaka-namba", "kintetsu-kashikojima", date(2023, 4, 1), 2770, None,
     "https://tabippo.net/?p=395663"),
    ("kintetsu-nagoya", "kintetsu-toba", date(2023, 3, 31), 1750, None,
     "https://tabippo.net/?p=395663"),
    ("kintetsu-nagoya", "kintetsu-toba", date(2023, 4, 1), 2070, None,
     "https://tabippo.net/?p=395663"),
    ("kintetsu-okubo", "kintetsu-kyoto", date(2023, 3, 31), 300, None,
     "https://alco-uj.com/news-20220903"),
    ("kintetsu-okubo", "kintetsu-kyoto", date(2023, 4, 1), 360, None,
     "https://alco-uj.com/news-20220903"),
    ("kintetsu-nagata", "kintetsu-aramoto", date(2023, 1, 15), 200, None,
     "https://maidonanews.jp/article/14827363"),
    ("kintetsu-nagata", "kintetsu-aramoto", date(2023, 4, 1), 220, None,
     "https://maidonanews.jp/article/14827363"),
    ("kintetsu-ikoma", "kintetsu-gakken-nara-tomigaoka", date(2023, 1, 15), 330, None,
     "https://maidonanews.jp/article/14827363"),
    ("kintetsu-ikoma", "kintetsu-gakken-nara-tomigaoka", date(2023, 4, 1), 370, None,
     "https://maidonanews.jp/article/14827363"),
    ("kintetsu-nagata", "kintetsu-ikoma", date(2023, 1, 15), 390, None,
     "https://maidonanews.jp/article/14827363"),
    ("kintetsu-nagata", "kintetsu-gakken-nara-tomigaoka", date(2023, 1, 15), 540, None,
     "https://maidonanews.jp/article/14827363"),
    ("kintetsu-ikoma", "kintetsu-tsuruhashi", date(2023, 4, 1), 430, None,
     "https://narakanko-enjoy.com/?p=22088&share=twitter"),
    ("kyotosubway-kyoto", "kyotosubway-karasuma-oike", date(2022, 4, 1), 220, 110,
     "https://narakanko-enjoy.com/?p=43678"),
    ("kyotosubway-kyoto", "kyotosubway-shijo", date(2022, 4, 1), 220, 110,
     "https://narakanko-enjoy.com/?p=43678"),
    ("kyotosubway-kyoto", "kyotosubway-kuinabashi", date(2022, 4, 1), 220, 110,
     "https://narakanko-enjoy.com/?p=43678"),
    ("kyotosubway-kyoto", "kyotosubway-takeda", date(2022, 4, 1), 260, 130,
     "https://narakanko-enjoy.com/?p=43678"),
    ("kyotosubway-kyoto", "kyotosubway-kitaoji", date(2022, 4, 1), 260, 130,
     "https://narakanko-enjoy.com/?p=43678"),
    ("kyotosubway-kyoto", "kyotosubway-uzumasa-tenjingawa", date(2022, 4, 1), 260, 130,
     "https://narakanko-enjoy.com/?p=43678"),
    ("kyotosubway-kyoto", "kyotosubway-keage", date(2022, 4, 1), 260, 130,
     "https://narakanko-enjoy.com/?p=43678"),
    ("kyotosubway-kyoto", "kyotosubway-kokusaikaikan", date(2022, 4, 1), 290, 150,
     "https://narakanko-enjoy.com/?p=43678"),
    ("kyotosubway-kyoto", "kyotosubway-misasagi", date(2022, 4, 1), 290, 150,
     "https://narakanko-enjoy.com/?p=43678"),
    ("kyotosubway-kyoto", "kyotosubway-higashino", date(2022, 4, 1), 290, 150,
     "https://narakanko-enjoy.com/?p=43678"),
    ("kyotosubway-kyoto", "kyotosubway-nagitsuji", date(2022, 4, 1), 330, 170,
     "https://narakanko-enjoy.com/?p=43678"),
    ("kyotosubway-kyoto", "kyotosubway-daigo", date(2022, 4, 1), 330, 170,
     "https://narakanko-enjoy.com/?p=43678"),
    ("kyotosubway-kyoto", "kyotosubway-ishida", date(2022, 4, 1), 360, 180,
     "https://narakanko-enjoy.com/?p=43678"),
    ("kyotosubway-kyoto", "kyotosubway-rokujizo", date(2022, 4, 1), 360, 180,
     "https://narakanko-enjoy.com/?p=43678"),
    ("kyotosubway-yamashina", "kyotosubway-sanjo-keihan", date(2023, 8, 16), 260, None,
     "https://www.city.kyoto.lg.jp/kotsu/page/0000204850.html"),
    ("kyotosubway-kyoto", "kyotosubway-shijo", date(2019, 9, 1), 210, None,
     "http://www.otokukippu.xyz/archives/189"),
    ("kyotosubway-kyoto", "kyotosubway-karasuma-oike", date(2019, 9, 1), 210, None,
     "http://www.otokukippu.xyz/archives/189"),
    ("kyotosubway-kyoto", "kyotosubway-marutamachi", date(2019, 9, 1), 260, None,
     "http://www.otokukippu.xyz/archives/189"),
    ("kyotosubway-kyoto", "kyotosubway-kitayama", date(2019, 9, 1), 290, None,
     "http://www.otokukippu.xyz/archives/189"),
    ("kyotosubway-kyoto", "kyotosubway-kokusaikaikan", date(2019, 9, 1), 290, None,
     "http://www.otokukippu.xyz/archives/189"),
    ("kyotosubway-kyoto", "kyotosubway-nijojo-mae", date(2019, 9, 1), 260, None,
     "http://www.otokukippu.xyz/archives/189"),
    ("kyotosubway-kyoto", "kyotosubway-daigo", date(2019, 9, 1), 320, None,
     "http://www.otokukippu.xyz/archives/189"),
    ("kobesubway-tanigami", "kobesubway-shin-kobe", date(2020, 6, 1), 280, None,
     "https://tabiris.com/archives/kobe-subway-hokushin/"),
    ("kobesubway-tanigami", "kobesubway-sannomiya", date(2020, 6, 1), 280, None,
     "https://tabiris.com/archives/kobe-subway-hokushin/"),
    ("kobesubway-tanigami", "kobesubway-kenchomae", date(2020, 6, 1), 280, None,
     "https://osakanamanbow.work/?p=2671"),
    ("kobesubway-tanigami", "kobesubway-okurayama", date(2020, 6, 1), 310, 150,
     "https://kotsu.city.kobe.lg.jp/subway/ryokin-teiki/kukansu-kyori/hokushin-2ku"),
    ("kobesubway-tanigami", "kobesubway-nagata", date(2020, 6, 1), 310, 150,
     "https://tabiris.com/archives/kobe-subway-hokushin/"),
    ("kobesubway-tanigami", "kobesubway-shin-nagata", date(2020, 6, 1), 350, 170,
     "https://osakanamanbow.work/?p=2671"),
    ("kobesubway-tanigami", "kobesubway-itayado", date(2020, 6, 1), 350, 170,
     "https://tabiris.com/archives/kobe-subway-hokushin/"),
    ("kobesubway-tanigami", "kobesubway-myohoji", date(2020, 6, 1), 380, None,
     "https://tabiris.com/archives/kobe-subway-hokushin/"),
    ("kobesubway-tanigami", "kobesubway-myodani", date(2020, 6, 1), 420, None,
     "https://tabiris.com/archives/kobe-subway-hokushin/"),
    ("kobesubway-tanigami", "kobesubway-sogo-undo-koen", date(2020, 6, 1), 420, None,
     "https://osakanamanbow.work/?p=2671"),
    ("kobesubway-tanigami", "kobesubway-gakuentoshi", date(2020, 6, 1), 450, None,
     "https://osakanamanbow.work/?p=2671"),
    ("kobesubway-tanigami", "kobesubway-ikawadani", date(2020, 6, 1), 450, None,
     "https://osakanamanbow.work/?p=2671"),
    ("kobesubway-tanigami", "kobesubway-seishin-minami", date(2020, 6, 1), 480, None,
     "https://osakanamanbow.work/?p=2671"),
    ("kobesubway-tanigami", "kobesubway-seishin-chuo", date(2020, 6, 1), 480, None,
     "https://tabiris.com/archives/kobe-subway-hokushin/"),
    ("nankai-namba", "nankai-kansai-airport", date(2023, 9, 30), 930, None,
     "https://saitoshika-west.com/blog-entry-8412.html (難波―関西空港 930円が970円)"),
    ("nankai-namba", "nankai-kansai-airport", date(2023, 10, 1), 970, None,
     "https://saitoshika-west.com/blog-entry-8412.html"),
    ("nankai-namba", "nankai-wakayamashi", date(2023, 9, 30), 930, None,
     "https://saitoshika-west.com/blog-entry-8412.html (難波―和歌山市 930円が970円)"),
    ("nankai-namba", "nankai-wakayamashi", date(2023, 10, 1), 970, None,
     "https://saitoshika-west.com/blog-entry-8412.html"),
    ("nankai-namba", "nankai-nakamozu", date(2023, 9, 30), 340, None,
     "https://s.response.jp/article/2022/10/29/363463.html (現行340円)"),
    ("nankai-namba", "nankai-nakamozu", date(2023, 10, 1), 350, None,
     "https://s.response.jp/article/2022/10/29/363463.html (特定運賃350円); http://rd.tetsudo.com/Blog/p/5254843/*https://news.railway-pressnet.com/archives/48320"),
    ("nankai-rinku-town", "nankai-kansai-airport", date(2023, 9, 30), 370, None,
     "http://rd.tetsudo.com/Blog/p/5254843/*https://news.railway-pressnet.com/archives/48320 (りんくうタウン~関西空港の特定運賃 370円)"),
    ("nankai-rinku-town", "nankai-kansai-airport", date(2023, 10, 1), 370, None,
     "http://rd.tetsudo.com/Blog/p/5254843/*https://news.railway-pressnet.com/archives/48320 (変更しない)"),
    ("nankai-namba", "koyasan-koyasan", date(2021, 9, 14), 1390, None,
     "https://seckeyman.hatenablog.com/entry/2022/12/18/140612 (trip of 2021-09-14: なんば-高野山 1390円; Koya Line + cable; also https://kyoto-magazine.com/koyasan-train/ undated)"),
    ("nankai-gokurakubashi", "koyasan-koyasan", date(2019, 9, 30), 390, None,
     "https://tetsudo.com/news/2148 (現行の390円)"),
    ("nankai-gokurakubashi", "koyasan-koyasan", date(2019, 10, 1), 500, None,
     "https://tetsudo.com/news/2148 (500円に, 2019-10-01)"),
    ("nankai-gokurakubashi", "koyasan-koyasan", date(2023, 10, 1), 500, None,
     "http://rd.tetsudo.com/Blog/p/5254843/*https://news.railway-pressnet.com/archives/48320 (鋼索線の運賃 据え置く)"),
    ("osakametro-umeda", "osakametro-namba", date(2024, 8, 31), 240, None,
     "https://rail20000.jpn.org/wp/2024/08/31/osakametro"),
    ("osakametro-umeda", "osakametro-shin-osaka", date(2024, 8, 31), 240, None,
     "https://rail20000.jpn.org/wp/2024/08/31/osakametro"),
    ("osakametro-umeda", "osakametro-yumeshima", date(2025, 1, 19), 430, None,
     "https://osaka-subway.com/post-38260/"),
    ("osakametro-namba", "osakametro-yumeshima", date(2025, 1, 19), 430, None,
     "https://tabechan.cocolog-nifty.com/note/2024/02/post-61d38f.html"),
    ("osakametro-cosmosquare", "osakametro-yumeshima", date(2025, 8, 17), 330, None,
     "https://news.livedoor.com/article/detail/29385973/"),
    ("osakametro-esaka", "kitakyu-ryokuchi-koen", date(2025, 1, 18), 100, None,
     "https://mytrip.tabitetsu.com/?p=14746"),
    ("osakametro-esaka", "kitakyu-minoh-kayano", date(2024, 3, 23), 240, None,
     "https://travel.watch.impress.co.jp/docs/news/1523349.html"),
    ("kitakyu-senri-chuo", "kitakyu-minoh-kayano", date(2024, 3, 23), 190, None,
     "https://s.response.jp/article/2023/06/05/371762.html"),
    ("eizan-demachiyanagi", "eizan-kurama", date(2023, 4, 1), 470, None,
     "https://jikokuhyo.train-times.net/news/eizan20230401"),
    ("eizan-demachiyanagi", "eizan-kurama", date(2023, 3, 31), 430, None,
     "https://jikokuhyo.train-times.net/news/eizan20230401"),
    ("shintetsu-minatogawa", "shintetsu-suzurandai", date(2024, 12, 25), 360, None,
     "https://kobehyogoku-nagataku.goguynet.jp/2024/12/25/sinntetuneage"),
    ("shintetsu-minatogawa", "shintetsu-suzurandai", date(2025, 1, 19), 390, None,
     "https://kobehyogoku-nagataku.goguynet.jp/2024/12/25/sinntetuneage"),
    ("shintetsu-minatogawa", "shintetsu-ao", date(2021, 7, 3), 690, None,
     "https://www.nikkansports.com/leisure/column/railwayclub/news/202108100000978.html"),
    ("shintetsu-minatogawa", "shintetsu-ao", date(2022, 12, 12), 690, None,
     "https://masato-k.com/2022/12/12/%E7%A5%9E%E6%88%B8%E5%B8%82%E5%96%B6%E5%9C%B0%E4%B8%8B%E9%89%84%E3%81%A8%E7%A5%9E%E6%88%B8%E9%9B%BB%E9%89%84%E3%81%AE%E4%B8%80%E6%97%A5/"),
    ("kobekosoku-shinkaichi", "shintetsu-minatogawa", date(2023, 4, 1), 130, None,
     "https://s4.ssl.ph/accs/railway/shintetsu004.php?amp=1"),
    ("osakamonorail-osaka-airport", "osakamonorail-kadomashi", date(2019, 10, 1), 500, None,
     "https://875s.com/monorail/index.html"),
    ("hankai-ebisucho", "hankai-hamadera-ekimae", date(2019, 6, 1), 210, None,
     "https://www.milu.jp/popup_inc/diary/1649902/q6uenaWg"),
    ("hankai-tennoji-ekimae", "hankai-hamadera-ekimae", date(2019, 6, 1), 210, None,
     "https://www.milu.jp/popup_inc/diary/1649902/q6uenaWg"),
    ("hankai-tennoji-ekimae", "hankai-hamadera-ekimae", date(2020, 10, 1), 230, None,
     "https://kttri.jp/?p=26089"),
    ("hankai-ebisucho", "hankai-abikomichi", date(2020, 10, 1), 230, None,
     "https://news.railway-pressnet.com/archives/16939"),
    ("hankai-tennoji-ekimae", "hankai-hamadera-ekimae", date(2025, 4, 1), 240, None,
     "https://tetsudo.com/news/3325"),
    ("hankai-ebisucho", "hankai-abikomichi", date(2025, 4, 1), 240, None,
     "https://tetsudo.com/news/3325"),
    ("hankai-tennoji-ekimae", "hankai-abeno", date(2025, 4, 1), 240, None,
     "https://tetsudo.com/news/3325"),
    ("nankai-nakamozu", "semboku-fukai", date(2020, 1, 1), 190, 100,
     "https://ja.wikipedia.org/wiki/%E6%B3%89%E5%8C%97%E9%AB%98%E9%80%9F%E9%89%84%E9%81%93%E7%B7%9A"),
    ("nankai-nakamozu", "semboku-izumigaoka", date(2020, 1, 1), 230, 120,
     "https://ja.wikipedia.org/wiki/%E6%B3%89%E5%8C%97%E9%AB%98%E9%80%9F%E9%89%84%E9%81%93%E7%B7%9A"),
    ("nankai-nakamozu", "semboku-toga-mikita", date(2020, 1, 1), 270, 140,
     "https://ja.wikipedia.org/wiki/%E6%B3%89%E5%8C%97%E9%AB%98%E9%80%9F%E9%89%84%E9%81%93%E7%B7%9A"),
    ("nankai-nakamozu", "semboku-komyoike", date(2020, 1, 1), 290, 150,
     "https://ja.wikipedia.org/wiki/%E6%B3%89%E5%8C%97%E9%AB%98%E9%80%9F%E9%89%84%E9%81%93%E7%B7%9A"),
    ("nankai-nakamozu", "semboku-izumi-chuo", date(2020, 1, 1), 330, 170,
     "https://ja.wikipedia.org/wiki/%E6%B3%89%E5%8C%97%E9%AB%98%E9%80%9F%E9%89%84%E9%81%93%E7%B7%9A"),
    ("semboku-fukai", "semboku-izumigaoka", date(2020, 1, 1), 210, 110,
     "https://ja.wikipedia.org/wiki/%E6%B3%89%E5%8C%97%E9%AB%98%E9%80%9F%E9%89%84%E9%81%93%E7%B7%9A"),
    ("semboku-fukai", "semboku-toga-mikita", date(2020, 1, 1), 230, 120,
     "https://ja.wikipedia.org/wiki/%E6%B3%89%E5%8C%97%E9%AB%98%E9%80%9F%E9%89%84%E9%81%93%E7%B7%9A"),
    ("semboku-fukai", "semboku-komyoike", date(2020, 1, 1), 250, 130,
     "https://ja.wikipedia.org/wiki/%E6%B3%89%E5%8C%97%E9%AB%98%E9%80%9F%E9%89%84%E9%81%93%E7%B7%9A"),
    ("semboku-fukai", "semboku-izumi-chuo", date(2020, 1, 1), 290, 150,
     "https://ja.wikipedia.org/wiki/%E6%B3%89%E5%8C%97%E9%AB%98%E9%80%9F%E9%89%84%E9%81%93%E7%B7%9A"),
    ("semboku-izumigaoka", "semboku-toga-mikita", date(2020, 1, 1), 190, 100,
     "https://ja.wikipedia.org/wiki/%E6%B3%89%E5%8C%97%E9%AB%98%E9%80%9F%E9%89%84%E9%81%93%E7%B7%9A"),
    ("semboku-izumigaoka", "semboku-komyoike", date(2020, 1, 1), 210, 110,
     "https://ja.wikipedia.org/wiki/%E6%B3%89%E5%8C%97%E9%AB%98%E9%80%9F%E9%89%84%E9%81%93%E7%B7%9A"),
    ("semboku-izumigaoka", "semboku-izumi-chuo", date(2020, 1, 1), 250, 130,
     "https://ja.wikipedia.org/wiki/%E6%B3%89%E5%8C%97%E9%AB%98%E9%80%9F%E9%89%84%E9%81%93%E7%B7%9A"),
    ("semboku-toga-mikita", "semboku-komyoike", date(2020, 1, 1), 170, 90,
     "https://ja.wikipedia.org/wiki/%E6%B3%89%E5%8C%97%E9%AB%98%E9%80%9F%E9%89%84%E9%81%93%E7%B7%9A"),
    ("semboku-toga-mikita", "semboku-izumi-chuo", date(2020, 1, 1), 230, 120,
     "https://ja.wikipedia.org/wiki/%E6%B3%89%E5%8C%97%E9%AB%98%E9%80%9F%E9%89%84%E9%81%93%E7%B7%9A"),
    ("semboku-komyoike", "semboku-izumi-chuo", date(2020, 1, 1), 210, 110,
     "https://ja.wikipedia.org/wiki/%E6%B3%89%E5%8C%97%E9%AB%98%E9%80%9F%E9%89%84%E9%81%93%E7%B7%9A"),
    ("nankai-nakamozu", "semboku-izumi-chuo", date(2023, 10, 1), 340, None,
     "https://news.railway-pressnet.com/archives/47924"),
    ("semboku-fukai", "semboku-izumigaoka", date(2024, 6, 1), 220, None,
     "https://bravo-m.futabanet.jp/articles/-/126170"),
    ("semboku-komyoike", "semboku-izumi-chuo", date(2024, 6, 1), 220, None,
     "https://bravo-m.futabanet.jp/articles/-/126170"),
    ("nankai-nakamozu", "semboku-izumi-chuo", date(2024, 6, 1), 340, None,
     "https://bravo-m.futabanet.jp/articles/-/126170"),
    ("nose-kawanishi-noseguchi", "nose-hirano", date(2025, 1, 18), 230, None,
     "https://news.railway-pressnet.com/archives/68227"),
    ("nose-kawanishi-noseguchi", "nose-hirano", date(2025, 1, 19), 260, None,
     "https://news.railway-pressnet.com/archives/68227"),
    ("nose-kawanishi-noseguchi", "nose-nissei-chuo", date(2025, 1, 18), 320, None,
     "https://news.railway-pressnet.com/archives/68227"),
    ("nose-kawanishi-noseguchi", "nose-nissei-chuo", date(2025, 1, 19), 350, None,
     "https://news.railway-pressnet.com/archives/68227"),
    ("nose-kawanishi-noseguchi", "nose-myokenguchi", date(2025, 1, 18), 330, None,
     "https://news.railway-pressnet.com/archives/68227"),
    ("nose-kawanishi-noseguchi", "nose-myokenguchi", date(2025, 1, 19), 360, None,
     "https://news.railway-pressnet.com/archives/68227"),
    ("osakametro-tennoji", "osakametro-yumeshima", date(2025, 1, 19), 430, None,
     "https://tabechan.cocolog-nifty.com/note/2024/02/post-61d38f.html"),
    ("osakametro-miyakojima", "osakametro-komagawa-nakano", date(2020, 1, 1), 280, None,
     "https://oshiete.goo.ne.jp/qa/8569386.html (3区 280 via fare-km shortest route Tenjimbashisuji 6-chome-Sakaisuji-Minami-morimachi 12.6 km vs 14.3 km ridden; 3区 stayed 280 until 2023-03-31 per https://subway.osakametro.co.jp/news/topics/20190905_unchinkaitei_oshirase.php)"),
    ("ktr-fukuchiyama", "ktr-amanohashidate", date(2020, 10, 25), 800, None,
     "https://torasuzu.hatenablog.com/entry/d2020102502 (Kyoto Tango Railway, 天橋立までの乗車券)"),
    ("portliner-sumiyoshi", "portliner-uozaki", date(2018, 9, 28), 210, None,
     "https://ekilog.hatenablog.com/entry/20180928/p1 (Rokko Liner 1.2 km)"),
    ("portliner-sumiyoshi", "portliner-marine-park", date(2018, 9, 28), 250, None,
     "https://ekilog.hatenablog.com/entry/20180928/p1 (Rokko Liner 4.5 km)"),
    ("portliner-sumiyoshi", "portliner-marine-park", date(2024, 1, 28), 250, None,
     "https://peanut-traveler.com/21-rokkoliner-202401keihanshin"),
    ("portliner-sannomiya", "portliner-kobe-airport", date(2020, 12, 25), 340, None,
     "https://masato-k.com/2020/12/25/ (Port Liner, Sannomiya-Kobe Airport)"),
    ("portliner-sannomiya", "portliner-port-terminal", date(2026, 5, 13), 210, None,
     KNT_2026 + " (zone 1, 1.8 km)"),
    ("portliner-sannomiya", "portliner-iryo-center", date(2026, 5, 13), 250, None,
     KNT_2026 + " (zone 2, 4.6 km)"),
    ("portliner-sannomiya", "portliner-keisan-kagaku-center", date(2026, 5, 13), 290, None,
     KNT_2026 + " (zone 3, 5.4 km)"),
    ("portliner-sannomiya", "portliner-kobe-airport", date(2026, 5, 13), 340, None,
     KNT_2026 + " (zone 4, 8.2 km)"),
    ("portliner-boeki-center", "portliner-naka-futo", date(2026, 5, 13), 250, None,
     KNT_2026 + " (loop station priced as Minatojima)"),
    ("portliner-naka-koen", "portliner-kobe-airport", date(2026, 5, 13), 250, None,
     KNT_2026 + " (Naka Koen: the cheaper of its own fare and Minatojima's)"),
    ("portliner-minami-koen", "portliner-kita-futo", date(2026, 5, 13), 210, None,
     KNT_2026 + " (two loop stations)"),
    ("portliner-sumiyoshi", "portliner-island-center", date(2026, 5, 13), 250, None,
     KNT_2026 + " (Rokko Liner)"),
]

THROUGH = [
    ("hankyu-osaka-umeda", "kobekosoku-shinkaichi", date(2025, 5, 13), 470, None,
     "https://mytrip.tabitetsu.com/index.php/2025/05/13/post-16621"),
    ("hankyu-kyoto-kawaramachi", "kobekosoku-shinkaichi", date(2025, 5, 13), 780, None,
     "https://mytrip.tabitetsu.com/index.php/2025/05/13/post-16621"),
    ("hanshin-osaka-umeda", "sanyo-sanyo-himeji", date(2024, 5, 15), 1320, None,
     "https://maidonanews.jp/article/15273387"),
    ("kobekosoku-kosoku-kobe", "sanyo-sanyo-himeji", date(2024, 12, 1), 990, None,
     "https://jikokuhyo.train-times.net/news/sanyo20250120 (stated for 神戸三宮・高速神戸～山陽姫路)"),
    ("kobekosoku-kosoku-kobe", "sanyo-sanyo-himeji", date(2025, 2, 1), 1020, None,
     "https://jikokuhyo.train-times.net/news/sanyo20250120 (stated for 神戸三宮・高速神戸～山陽姫路)"),
    ("osakametro-shin-osaka", "kitakyu-minoh-kayano", date(2024, 12, 1), 430, None,
     "https://hanwa0724.livedoor.blog/archives/52300671.html"),
    ("osakametro-shin-osaka", "kitakyu-minoh-kayano", date(2025, 1, 19), 390, None,
     "https://hanwa0724.livedoor.blog/archives/52300671.html"),
    ("osakametro-shin-osaka", "kitakyu-ryokuchi-koen", date(2025, 1, 18), 270, None,
     "https://mytrip.tabitetsu.com/?p=14746"),
    ("osakametro-shin-osaka", "kitakyu-ryokuchi-koen", date(2025, 1, 19), 250, None,
     "https://mytrip.tabitetsu.com/?p=14746"),
    ("kobesubway-sannomiya", "shintetsu-arima-onsen", date(2020, 6, 1), 680, None,
     "https://mytrip.tabitetsu.com/index.php/2023/09/19/post-9379"),
    ("nankai-namba", "semboku-izumi-chuo", date(2020, 1, 1), 570, 290,
     "https://ja.wikipedia.org/wiki/%E6%B3%89%E5%8C%97%E9%AB%98%E9%80%9F%E9%89%84%E9%81%93%E7%B7%9A"),
    ("nankai-namba", "semboku-komyoike", date(2025, 4, 1), 540, None,
     "https://news.railway-pressnet.com/archives/70470"),
    ("nankai-namba", "semboku-izumigaoka", date(2025, 4, 1), 490, None,
     "https://trafficnews.jp/post/533102"),
]

CHARGE = [
    ("keihan-yodoyabashi", "keihan-iwashimizu-hachimangu", "premium-car", date(2025, 10, 1), 400, None,
     "https://manager-travels.com/?p=308"),
    ("keihan-moriguchishi", "keihan-tambabashi", "premium-car", date(2025, 10, 1), 400, None,
     "https://manager-travels.com/?p=308"),
    ("keihan-neyagawashi", "keihan-gion-shijo", "premium-car", date(2025, 10, 1), 400, None,
     "https://manager-travels.com/?p=308"),
    ("keihan-korien", "keihan-demachiyanagi", "premium-car", date(2025, 10, 1), 400, None,
     "https://manager-travels.com/?p=308"),
    ("keihan-neyagawashi", "keihan-sanjo", "premium-car", date(2025, 10, 1), 500, None,
     "https://manager-travels.com/?p=308"),
    ("keihan-moriguchishi", "keihan-fushimi-inari", "premium-car", date(2025, 10, 1), 500, None,
     "https://manager-travels.com/?p=308"),
    ("keihan-kyobashi", "keihan-chushojima", "premium-car", date(2025, 10, 1), 500, None,
     "https://manager-travels.com/?p=308"),
    ("kintetsu-osaka-namba", "kintetsu-nagoya", "limited-express", date(2023, 4, 1), 1930, None,
     "https://www.kzlifelog.com/entry/kintetsu-urban-liner-dx-report"),
    ("kintetsu-kyoto", "kintetsu-nara", "limited-express", date(2023, 4, 1), 520, None,
     "https://narakanko-enjoy.com/?p=39844"),
    ("kintetsu-osaka-namba", "kintetsu-nara", "limited-express", date(2023, 4, 1), 520, None,
     "https://narakanko-enjoy.com/?p=39844"),
    ("kintetsu-osaka-namba", "kintetsu-nara", "limited-express", date(2022, 4, 29), 520, None,
     "https://news.railway-pressnet.com/archives/33160"),
    ("kintetsu-nara", "kintetsu-kyoto", "limited-express", date(2022, 4, 29), 520, None,
     "https://news.railway-pressnet.com/archives/33160"),
    ("kintetsu-osaka-namba", "kintetsu-kyoto", "limited-express", date(2022, 4, 29), 920, 460,
     "https://traicy.com/?p=226692"),
    ("kintetsu-kyoto", "kintetsu-kashiharajingu-mae", "limited-express", date(2023, 4, 1), 920, None,
     "https://narakanko-enjoy.com/?p=39844"),
    ("kintetsu-osaka-abenobashi", "kintetsu-kashiharajingu-mae", "limited-express", date(2023, 4, 1), 520, None,
     "https://narakanko-enjoy.com/?p=39844"),
    ("kintetsu-osaka-namba", "kintetsu-ujiyamada", "limited-express", date(2024, 6, 1), 1340, None,
     "https://tetsudoulab.com/24ise-01iseshimaliner/ (fare + charge 3,510 = fare 2,170 + 1,340)"),
    ("kintetsu-nagoya", "kintetsu-ujiyamada", "limited-express", date(2024, 6, 1), 1340, None,
     "https://tetsudoulab.com/24ise-01iseshimaliner/ (fare + charge 3,080 = fare 1,740 + 1,340)"),
    ("kintetsu-osaka-namba", "kintetsu-kashikojima", "limited-express", date(2023, 4, 1), 1640, None,
     "https://narakanko-enjoy.com/?p=39844"),
    ("nankai-namba", "nankai-kansai-airport", "rapit", date(2026, 1, 22), 520, None,
     "https://news.mynavi.jp/article/20260122-4017131 (Rapi:t 特急料金 現在520円)"),
    ("nankai-namba", "nankai-kansai-airport", "rapit", date(2026, 4, 1), 700, None,
     "https://news.mynavi.jp/article/20260122-4017131 (4月1日以降 700円)"),
    ("nankai-gokurakubashi", "nankai-namba", "koya", date(2024, 6, 21), 790, None,
     "https://peanut-traveler.com/9-koya8-202406kansai/ (こうや 極楽橋-難波 指定券790円)"),
    ("nankai-namba", "nankai-gokurakubashi", "koya", date(2026, 4, 1), 1100, None,
     "https://news.mynavi.jp/article/20260122-4017131 (こうや 難波・新今宮・天下茶屋・堺東～極楽橋 1,100円)"),
    ("nankai-kawachinagano", "nankai-gokurakubashi", "koya", date(2026, 4, 1), 700, None,
     "https://news.mynavi.jp/article/20260122-4017131 (こうや それ以外の特急停車駅相互間 700円)"),
    ("nankai-namba", "nankai-wakayamashi", "southern", date(2025, 9, 7), 520, None,
     "https://tamikiti67.hatenablog.com/entry/2025/09/07/160000 (Southern 座席指定料金 和歌山市駅までで520円)"),
]


def operators_at(net, station):
    return [line.operator for line in net.lines_at(station)]


def base_fare(net, origin, destination, day, child=False):
    """The base fare on the fastest route using only the operators of the two end stations (and Kobe
    Rapid Transit, which lies between Hanshin, Hankyu and Sanyo), on trains without a charge."""
    ops = set(operators_at(net, origin)) | set(operators_at(net, destination)) | {"Kobe Rapid Transit"}

    def weight(u, v, d):
        if d["train_type"] == "limited-express":
            return None
        return d["minutes"] if d["operator"] in ops or d["train_type"] == "walk" else None

    route = shortest_route(net, [origin], [destination], weight)
    return price_route(net, route, day, child=child).components["base"]


def charge(net, origin, destination, service, day, child=False):
    """The charge of one ride of ``service`` from ``origin`` to ``destination`` on their common operator."""
    operator = next(op for op in operators_at(net, origin) if op in operators_at(net, destination))
    hops = fare_route(net, operator, origin, destination)
    km = sum(h.km10 for h, _ in hops) / 10
    ride = Segment(operator, hops[0][0].line, "", "other", service, service, "limited-express", (origin, destination), km, km, 0.0)
    return sum(c.yen for c in private_charges(net, [ride], day, child=child))


@pytest.mark.parametrize("origin, destination, day, adult, child, source", FARE)
def test_published_fare(net, origin, destination, day, adult, child, source):
    assert base_fare(net, origin, destination, day) == adult
    if child is not None:
        assert base_fare(net, origin, destination, day, child=True) == child


@pytest.mark.parametrize("origin, destination, day, adult, child, source", FARE)
def test_fare_is_the_same_both_ways(net, origin, destination, day, adult, child, source):
    assert base_fare(net, destination, origin, day) == adult


@pytest.mark.parametrize("origin, destination, day, adult, child, source", THROUGH)
def test_published_fare_across_operators(net, origin, destination, day, adult, child, source):
    assert base_fare(net, origin, destination, day) == adult
    if child is not None:
        assert base_fare(net, origin, destination, day, child=True) == child


@pytest.mark.parametrize("origin, destination, service, day, adult, child, source", CHARGE)
def test_published_charge(net, origin, destination, service, day, adult, child, source):
    assert charge(net, origin, destination, service, day) == adult
    if child is not None:
        assert charge(net, origin, destination, service, day, child=True) == child


def test_keishin_line_and_tozai_line_through_fare(net):
    # https://www.city.kyoto.lg.jp/kotsu/page/0000204850.html: Keihan Yamashina-Sanjo Keihan via Misasagi 360
    # (the subway alone, Yamashina-Sanjo Keihan, 260 - tested above)
    ride = lambda a, b, op: shortest_route(net, [a], [b], lambda u, v, d: d["minutes"] if d["operator"] == op else None)  # noqa: E731
    walk = shortest_route(net, ["keihan-misasagi"], ["kyotosubway-misasagi"], lambda u, v, d: d["minutes"] if d["train_type"] == "walk" else None)
    route = Route(ride("keihan-keihan-yamashina", "keihan-misasagi", "Keihan").segments + walk.segments
                  + ride("kyotosubway-misasagi", "kyotosubway-sanjo-keihan", "Kyoto Municipal Subway").segments)
    assert price_route(net, route, date(2023, 8, 16)).components["base"] == 360
    # after Keihan's 2025-10-01 revision the through fare is not sourced: refused, not summed
    with pytest.raises(FareRuleError):
        price_route(net, Route(route.segments), date(2026, 5, 12))


def test_a_date_before_every_table_is_refused(net):
    with pytest.raises(DateNotCoveredError):
        base_fare(net, "hankyu-osaka-umeda", "hankyu-juso", date(2010, 1, 1))


def test_a_pair_fare_known_only_later_is_refused_before(net):
    # Hanshin Kobe-Sannomiya-Motomachi special fare: first known from 2023-04-01; the band fare before is not it
    with pytest.raises(DateNotCoveredError):
        base_fare(net, "hanshin-kobe-sannomiya", "hanshin-motomachi", date(2022, 6, 1))


def test_unsourced_additional_fare_is_refused(net):
    # Osaka Metro Yumeshima: the child amount of the 90-yen additional fare is not sourced
    with pytest.raises(FareRuleError):
        base_fare(net, "osakametro-umeda", "osakametro-yumeshima", date(2025, 2, 1), child=True)


def test_osaka_metro_prices_by_fare_km_without_rounding(net):
    # Cosmosquare-Yumeshima 3.2 km is zone 2 (over 3 km): 240 + 90 = 330 (news.livedoor.com/article/detail/29385973/)
    assert base_fare(net, "osakametro-cosmosquare", "osakametro-yumeshima", date(2025, 8, 17)) == 330


def test_fare_units_split_at_operator_changes(net):
    route = shortest_route(net, ["hankyu-osaka-umeda"], ["kobekosoku-shinkaichi"],
                           lambda u, v, d: d["minutes"] if d["operator"] in ("Hankyu", "Kobe Rapid Transit") else None)
    assert [u[0].operator for u in fare_units(route, date(2026, 5, 12))] == ["Hankyu", "Kobe Rapid Transit"]


def _metro_route(net, stations):
    """A route through ``stations`` in order, each leg on Osaka Metro trains or on foot."""
    def weight(u, v, d):
        return d["minutes"] if d["operator"] == "Osaka Metro" or d["train_type"] == "walk" else None
    segments = [s for a, b in zip(stations, stations[1:]) for s in shortest_route(net, [a], [b], weight).segments]
    return Route(tuple(segments))


def test_fare_point_keeps_one_fare_across_the_umeda_walk(net):
    # 改札外乗換 (fares/osakametro/fare-points): Nishi-Umeda -> walk -> Umeda -> Nakatsu is one journey on the
    # shortest route with the Umeda stations joined at 0 km: Umeda-Nakatsu 1.0 km, zone 1 (190), not two fares
    # and not the 5.4 km route by the lines alone (Nishi-Umeda-Hommachi-Nakatsu, 240)
    route = _metro_route(net, ["osakametro-nishi-umeda", "osakametro-umeda", "osakametro-nakatsu"])
    assert any(s.is_walk for s in route.segments)
    assert len(fare_units(route, date(2026, 5, 12))) == 1
    assert price_route(net, route, date(2026, 5, 12)).components["base"] == 190



def test_hankyu_operator_option_is_exact(net):
    # issue 3: `railopt fare Osaka-umeda Kyoto-kawaramachi --operator Hankyu` (410, narakanko-enjoy.com/?p=43427)
    best = quote(net, "Osaka-umeda", "Kyoto-kawaramachi", date(2026, 5, 12), operator="Hankyu")[0]
    assert best.components["base"] == 410
    assert {s.operator for s in best.route.segments} <= {"Hankyu", "walk"}


@pytest.mark.parametrize("written, operator", [
    ("Kyoto Subway", "Kyoto Municipal Subway"), ("kyoto-subway", "Kyoto Municipal Subway"),
    ("Osaka Metro", "Osaka Metro"), ("osakametro", "Osaka Metro"), ("HANKYU", "Hankyu"), ("Sanyo", "Sanyo Electric Railway"),
    ("kitakyu", "Kita-Osaka Kyuko"), ("Kobe Subway", "Kobe Municipal Subway"),
])
def test_operator_names_match_loosely(net, written, operator):
    from railopt.fares.quote import operator_names
    from railopt.network.lookup import normalise
    assert operator_names(net)[normalise(written)] == operator


def test_private_means_any_non_jr_operator(net):
    best = quote(net, "Nara", "Namba", date(2026, 5, 12), operator="private")[0]
    assert all(not s.operator.startswith("JR") for s in best.route.segments)


def test_every_private_fare_table_loads_with_provenance():
    # `railopt network check` validates the JR tables; this validates fares/<operator>/ (every file, schema and dates)
    from railopt.fares.private import load_private_fare_data
    data = load_private_fare_data()
    assert len(data.sources) >= 40
    assert all(v["source"] and v["as_of"] and v["licence"] for v in data.sources.values())
    assert {"Hankyu", "Hanshin", "Keihan", "Kintetsu", "Nankai", "Osaka Metro", "Kyoto Municipal Subway"} <= set(data.operators)


def test_check_names_the_file_row_and_column_of_an_unknown_station(net):
    data = PrivateFareData(stations_named=[("fares/hankyu/pairs_2023-04-01.csv", 9, "to", "hankyu-atlantis")])
    with pytest.raises(DataError, match=r"pairs_2023-04-01.csv, row 9, column 'to': unknown station 'hankyu-atlantis'"):
        check_private_fare_data(net, data)


def test_every_station_a_private_fare_table_names_exists(net):
    check_private_fare_data(net, private_fare_data())  # raises DataError otherwise
    assert len(private_fare_data().stations_named) > 100


def test_fare_with_a_train_rides_it_end_to_end(net):
    # Osaka-Namba-Kintetsu-Nagoya by Urban Liner: fare 2,860 + charge 1,930 = 4,790
    # (https://www.kzlifelog.com/entry/kintetsu-urban-liner-dx-report). The cheapest route "with an Urban
    # Liner" would ride it for a single stop; asked for a train, the fewest changes come first.
    best = quote(net, "Osaka-Namba", "Kintetsu-Nagoya", date(2026, 5, 12), train="urban-liner", operator="Kintetsu")[0]
    assert best.total_yen == 4790
    assert best.route.transfers == 0


def _ride(net, origin, destination, service):
    operator = next(op for op in operators_at(net, origin) if op in operators_at(net, destination))
    hops = fare_route(net, operator, origin, destination)
    km = sum(h.km10 for h, _ in hops) / 10
    return Segment(operator, hops[0][0].line, "", "other", service, service, "limited-express", (origin, destination), km, km, 0.0)


def test_kintetsu_change_of_limited_express_pays_one_charge_on_the_summed_km(net):
    # 乗継 (Kintetsu 旅客営業規則 第52条の2, https://dkwsutn.hatenablog.jp 2012-08-29; https://yatatetsu.hatenablog.com
    # 2020-06-13): Kyoto-Yamato-Saidaiji (34.6 km) then Yamato-Saidaiji-Osaka-Namba (26.2 km) = 61 km -> the
    # 41-80 km band (920), not 520 + 520
    day = date(2026, 5, 12)
    first = _ride(net, "kintetsu-kyoto", "kintetsu-yamato-saidaiji", "kintetsu-le-kyoto-nara")
    second = _ride(net, "kintetsu-yamato-saidaiji", "kintetsu-osaka-namba", "kintetsu-le-namba-nara")
    charges = private_charges(net, [first, second], day)
    assert [c.yen for c in charges] == [920]
    assert any("乗継" in r for r in charges[0].rules)


def test_hinotori_adds_its_seat_charge_to_the_limited_express_charge(net):
    # Osaka-Namba-Kintetsu-Nagoya by Hinotori, regular seat: fare 2,410 + charge 1,930 + ひのとり特別料金 200 = 4,540
    # (https://www.lmaga.jp/news/2021/01/205189/ 2021-01-09; https://nishikiout.net/entry/hinotori 2020-03-14)
    best = quote(net, "Osaka-Namba", "Kintetsu-Nagoya", date(2021, 1, 9), train="hinotori", operator="Kintetsu")[0]
    assert best.total_yen == 4540


def test_shimakaze_adds_its_special_car_charge(net):
    # Shimakaze Osaka-Namba-Kashikojima: fare 2,770 + charge 1,640 + しまかぜ特別車両料金 1,050 = 5,460
    # (https://diamond.jp/articles/-/369098?page=5; 1,050 also in https://yama-to-seikathu.info/?p=5094)
    best = quote(net, "Osaka-Namba", "Kashikojima", date(2025, 6, 3), train="shimakaze", operator="Kintetsu")[0]
    assert best.total_yen == 5460


def test_hinotori_premium_seat_is_the_green_seat(net):
    # Osaka-Namba-Kintetsu-Nagoya by Hinotori, premium seat: fare 2,410 + charge 1,930 + プレミアム 900 = 5,240
    # (https://nishikiout.net/entry/hinotori 2020-03-14; https://www.lmaga.jp/news/2021/01/205189/ 2021-01-09)
    best = quote(net, "Osaka-Namba", "Kintetsu-Nagoya", date(2021, 1, 9), train="hinotori", seat="green",
                 operator="Kintetsu")[0]
    assert best.total_yen == 5240
    # Kintetsu-Nara-Osaka-Namba, premium: charges 820 = limited-express 520 + プレミアム 300
    # (https://uwema-blog.com/entry/hinotori-osakanara 2022-05-03; +300 also https://207hd.com/post-13540/ 2021-01-09)
    short = quote(net, "Kintetsu-Nara", "Osaka-Namba", date(2022, 5, 3), train="hinotori", seat="green",
                  operator="Kintetsu")[0]
    assert short.components["green"] == 820


@pytest.mark.parametrize("origin,junction,destination,first", [
    ("hankyu-okamoto", "hankyu-kobe-sannomiya", "kobekosoku-kosoku-nagata", "Hankyu"),  # [1]
    ("hanshin-ashiya", "hanshin-motomachi", "kobekosoku-shinkaichi", "Hanshin"),  # [2]
    ("sanyo-sanyo-suma", "sanyo-nishidai", "hanshin-motomachi", "Sanyo Electric Railway"),  # [3]
])
def test_connection_discount_through_kobe_rapid_transit(net, origin, junction, destination, first):
    # 連絡割引 (https://www.hanshin.co.jp/ticket/, items [1]-[3]): between the listed station ranges the two fares
    # are added less 10 yen; a child pays half of that, rounded up to 10 yen (小児は大人の連絡割引運賃を折半し端数計算)
    day = date(2024, 6, 1)
    a = quote(net, origin, junction, day, operator=first)[0].total_yen
    b = quote(net, junction, destination, day, operator="Kobe Rapid Transit")[0].total_yen
    through = [q for q in quote(net, origin, destination, day, k=6)
               if {s.operator for s in q.route.segments} - {"walk"} == {first, "Kobe Rapid Transit"}][0]
    assert through.total_yen == a + b - 10
    child = [q for q in quote(net, origin, destination, day, k=6, child=True)
             if {s.operator for s in q.route.segments} - {"walk"} == {first, "Kobe Rapid Transit"}][0]
    assert child.total_yen == -(-(a + b - 10) // 20) * 10


def test_no_connection_discount_outside_the_listed_stations(net):
    # Osaka-Umeda is not in the Hankyu range of item [1] (Kasuganomichi-Okamoto): the fares are simply added
    day = date(2024, 6, 1)
    a = quote(net, "hankyu-osaka-umeda", "hankyu-kobe-sannomiya", day, operator="Hankyu")[0].total_yen
    b = quote(net, "hankyu-kobe-sannomiya", "kobekosoku-shinkaichi", day, operator="Kobe Rapid Transit")[0].total_yen
    through = [q for q in quote(net, "hankyu-osaka-umeda", "kobekosoku-shinkaichi", day, k=6)
               if {s.operator for s in q.route.segments} - {"walk"} == {"Hankyu", "Kobe Rapid Transit"}][0]
    assert through.total_yen == a + b
