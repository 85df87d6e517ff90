// Generated from Providers/ by `mailconf providers compile`. Do not edit: edit Providers/ and run it again.
// A test fails when this file is stale.
// swift-format-ignore-file

enum BundledProviderData {
    static let files: [String] = [
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = 126.com
source = ispdb 2026-03-12 126.com.xml
domain = 126.com

[imap]
host = imap.126.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 126.com.xml

[smtp]
host = smtp.126.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 126.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = 163.com
status = preparation
source = ispdb 163.com.xml
source = deltachat 163.md
source = ispdb 2026-03-12 163.com.xml
source = deltachat 2024-11-22 163.md
checked = 2024-11 source deltachat
domain = 163.com

[note]
code = enable-imap
source = deltachat 2024-11-22 163.md
checked = 2024-11 source deltachat

[note]
code = app-password
source = deltachat 2024-11-22 163.md
checked = 2024-11 source deltachat

[imap]
host = imap.163.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 163.com.xml
source = deltachat 2024-11-22 163.md
checked = 2024-11 source deltachat

[smtp]
host = smtp.163.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 163.com.xml
source = deltachat 2024-11-22 163.md
checked = 2024-11 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = 1und1.de
name = IONOS (Germany)
source = ispdb 1und1.de.xml
source = ispdb 2026-03-12 1und1.de.xml
domain = online.de
domain = onlinehome.de
domain = sofortstart.de
domain = sofort-start.de
domain = sofortsurf.de
domain = sofort-surf.de
domain = go4more.de
domain = kundenserver.de
domain = schlund.de
mx = ionos.de
mx = kundenserver.de
mx = 1und1.de

[imap]
host = imap.1und1.de
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 1und1.de.xml

[imap]
host = imap.1und1.de
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 1und1.de.xml

[pop3]
host = pop.1und1.de
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 1und1.de.xml

[pop3]
host = pop.1und1.de
port = 110
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 1und1.de.xml

[smtp]
host = smtp.1und1.de
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 1und1.de.xml

[smtp]
host = smtp.1und1.de
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 1und1.de.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = 5ballov.ru
source = k9 2023-10-11 ruqip5ballovimap
domain = 5ballov.ru

[imap]
host = imap.5ballov.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqip5ballovimap

[smtp]
host = smtp.5ballov.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqip5ballovimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = a1.net
source = ispdb 2026-03-12 a1.net.xml
domain = a1.net
domain = aon.at

[imap]
host = securemail.a1.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 a1.net.xml

[smtp]
host = securemail.a1.net
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 a1.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = active24.com
source = ispdb 2026-03-12 active24.com.xml
domain = active24.com
domain = smtp.cz

[imap]
host = email.active24.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 active24.com.xml

[pop3]
host = email.active24.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 active24.com.xml

[smtp]
host = email.active24.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 active24.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = aeterna.ru
source = k9 2023-10-11 ruqipaeternaimap
domain = aeterna.ru

[imap]
host = imap.aeterna.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipaeternaimap

[smtp]
host = smtp.aeterna.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipaeternaimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = aktivix.org
source = deltachat 2024-11-22 aktivix.org.md
checked = 2018-10 source deltachat
domain = aktivix.org

[imap]
host = newyear.aktivix.org
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 aktivix.org.md
checked = 2018-10 source deltachat

[smtp]
host = newyear.aktivix.org
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 aktivix.org.md
checked = 2018-10 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = alice.it
source = ispdb 2026-03-12 alice.it.xml
domain = alice.it

[imap]
host = in.alice.it
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 alice.it.xml

[pop3]
host = in.alice.it
port = 110
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 alice.it.xml

[smtp]
host = out.alice.it
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 alice.it.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = aliyun
source = deltachat 2024-11-22 aliyun.md
checked = 2023-09 source deltachat
domain = aliyun.com

[imap]
host = imap.aliyun.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 aliyun.md
checked = 2023-09 source deltachat

[smtp]
host = smtp.aliyun.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 aliyun.md
checked = 2023-09 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = android.com
source = k9 2023-10-11 android
domain = android.com

[imap]
host = imap.gmail.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 android

[smtp]
host = smtp.gmail.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 android
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = aol.com
name = AOL Mail
status = preparation
source = ispdb aol.com.xml
source = deltachat aol.md
source = ispdb 2026-03-12 aol.com.xml
source = deltachat 2024-11-22 aol.md
source = mailcore2 2020-07-16 aol
source = k9 2023-10-11 aol.com
source = k9 2023-10-11 aol.de
source = k9 2023-10-11 aol.it
source = k9 2023-10-11 aol.fr
source = k9 2023-10-11 aol.es
source = k9 2023-10-11 aol.se
source = k9 2023-10-11 aol.co.uk
source = k9 2023-10-11 aol.co.nz
source = k9 2023-10-11 aol.com.au
source = k9 2023-10-11 aol.com.ar
source = k9 2023-10-11 aol.com.br
source = k9 2023-10-11 aol.com.mx
checked = 2020-02 source deltachat
domain = aol.com
domain = aim.com
domain = netscape.net
domain = netscape.com
domain = compuserve.com
domain = cs.com
domain = wmconnect.com
domain = aol.de
domain = aol.it
domain = aol.fr
domain = aol.es
domain = aol.se
domain = aol.co.uk
domain = aol.co.nz
domain = aol.com.au
domain = aol.com.ar
domain = aol.com.br
domain = aol.com.mx
domain = mail.gm0.yahoodns.net
domain = jp.aol.com
domain-label = aol
mx = aol.com

[note]
code = app-password
source = deltachat 2024-11-22 aol.md
checked = 2020-02 source deltachat

[imap]
host = imap.aol.com
port = 993
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 aol.com.xml
source = deltachat 2024-11-22 aol.md
source = mailcore2 2020-07-16 aol
source = k9 2023-10-11 aol.com
source = k9 2023-10-11 aol.de
source = k9 2023-10-11 aol.it
source = k9 2023-10-11 aol.fr
source = k9 2023-10-11 aol.es
source = k9 2023-10-11 aol.se
source = k9 2023-10-11 aol.co.uk
source = k9 2023-10-11 aol.co.nz
source = k9 2023-10-11 aol.com.au
source = k9 2023-10-11 aol.com.ar
source = k9 2023-10-11 aol.com.br
source = k9 2023-10-11 aol.com.mx
checked = 2020-02 source deltachat

[pop3]
host = pop.aol.com
port = 995
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 aol.com.xml

[smtp]
host = smtp.aol.com
port = 465
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 aol.com.xml
source = deltachat 2024-11-22 aol.md
source = mailcore2 2020-07-16 aol
source = k9 2023-10-11 aol.com
source = k9 2023-10-11 aol.de
source = k9 2023-10-11 aol.it
source = k9 2023-10-11 aol.fr
source = k9 2023-10-11 aol.es
source = k9 2023-10-11 aol.se
source = k9 2023-10-11 aol.co.uk
source = k9 2023-10-11 aol.co.nz
source = k9 2023-10-11 aol.com.au
source = k9 2023-10-11 aol.com.ar
source = k9 2023-10-11 aol.com.br
source = k9 2023-10-11 aol.com.mx
checked = 2020-02 source deltachat

[oauth2]
issuer = login.aol.com
scope = mail-w
auth-url = https://api.login.aol.com/oauth2/request_auth
token-url = https://api.login.aol.com/oauth2/get_token
source = ispdb 2026-03-12 aol.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = apple
source = mailcore2 2020-07-16 apple
source = k9 2023-10-11 apple
domain = apple.com

[imap]
host = phonehome.apple.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 apple

[smtp]
host = phonehome.apple.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 apple

[smtp]
host = phonehome.apple.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 apple
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = arubapec.it
source = ispdb 2026-03-12 arubapec.it.xml
domain = pec.it
domain = arubapec.it
domain = mypec.eu
domain = gigapec.it
domain = ingpec.eu

[imap]
host = imaps.pec.aruba.it
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 arubapec.it.xml

[pop3]
host = pop3s.pec.aruba.it
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 arubapec.it.xml

[smtp]
host = smtps.pec.aruba.it
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 arubapec.it.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = asia-apple
source = mailcore2 2020-07-16 asia-apple
domain = asia.apple.com

[imap]
host = phonehome.asia.apple.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 asia-apple

[smtp]
host = phonehome.asia.apple.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 asia-apple

[smtp]
host = phonehome.asia.apple.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 asia-apple
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = att.net
source = ispdb 2026-03-12 att.net.xml
domain = ameritech.net
domain = att.net
domain = bellsouth.net
domain = currently.com
domain = flash.net
domain = nvbell.net
domain = pacbell.net
domain = prodigy.net
domain = sbcglobal.net
domain = snet.net
domain = swbell.net
domain = wans.net

[imap]
host = imap.mail.att.net
port = 993
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 att.net.xml

[pop3]
host = inbound.att.net
port = 995
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 att.net.xml

[smtp]
host = outbound.att.net
port = 465
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 att.net.xml

[smtp]
host = smtp.mail.att.net
port = 465
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 att.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = attorneymail.ch
source = k9 2023-10-11 attorneymail.ch
domain = attorneymail.ch

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 attorneymail.ch

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 attorneymail.ch
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = auone.jp
source = k9 2023-10-11 auone
domain = auone.jp

[imap]
host = imap.gmail.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 auone

[smtp]
host = smtp.gmail.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 auone
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = autistici.org
source = deltachat 2024-11-22 autistici.org.md
checked = 2018-01 source deltachat
domain = autistici.org

[imap]
host = mail.autistici.org
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 autistici.org.md
checked = 2018-01 source deltachat

[smtp]
host = smtp.autistici.org
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 autistici.org.md
checked = 2018-01 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = azet.sk
source = k9 2023-10-11 azet.sk
domain = azet.sk

[imap]
host = imap.azet.sk
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 azet.sk

[smtp]
host = smtp.azet.sk
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 azet.sk
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = barmail.ch
source = k9 2023-10-11 barmail.ch
domain = barmail.ch

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 barmail.ch

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 barmail.ch
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = bay.wind.ne.jp
source = ispdb 2026-03-12 bay.wind.ne.jp.xml
domain = bay.wind.ne.jp
domain = bay.wind.jp
domain = bay.wind.co.jp
domain = bay.gunmanet.or.jp
domain = bay.gunmanet.ne.jp

[pop3]
host = bay.wind.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 bay.wind.ne.jp.xml

[smtp]
host = bay.wind.ne.jp
port = 587
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 bay.wind.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = bb-niigata.jp
source = ispdb 2026-03-12 bb-niigata.jp.xml
domain = bb-niigata.jp

[pop3]
host = pop.bb-niigata.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 bb-niigata.jp.xml

[smtp]
host = pop.bb-niigata.jp
port = 25
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 bb-niigata.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = bell.net
source = ispdb 2026-03-12 bell.net.xml
domain = bell.net
domain = sympatico.ca

[imap]
host = imap.bell.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 bell.net.xml

[pop3]
host = pophm.sympatico.ca
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 bell.net.xml

[smtp]
host = smtphm.sympatico.ca
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 bell.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = biglobe.ne.jp
source = ispdb 2026-03-12 biglobe.ne.jp.xml
domain = biglobe.ne.jp

[pop3]
host = mail.biglobe.ne.jp
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 biglobe.ne.jp.xml

[smtp]
host = mail.biglobe.ne.jp
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 biglobe.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = bigpond.com
source = ispdb 2026-03-12 bigpond.com.xml
domain = bigpond.com
domain = bigpond.net.au
domain = telstra.com
domain = bigpond.net

[imap]
host = imap.telstra.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 bigpond.com.xml

[pop3]
host = pop.telstra.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 bigpond.com.xml

[smtp]
host = smtp.telstra.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 bigpond.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = blindzeln.org
source = deltachat 2024-11-22 blindzeln.org.md
checked = 2021-09 source deltachat
domain = delta.blinzeln.de
domain = delta.blindzeln.org

[imap]
host = webbox222.server-home.org
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 blindzeln.org.md
checked = 2021-09 source deltachat

[smtp]
host = webbox222.server-home.org
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 blindzeln.org.md
checked = 2021-09 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = bluewin.ch
source = ispdb 2026-03-12 bluewin.ch.xml
source = deltachat 2024-11-22 bluewin.ch.md
checked = 2017-12 source deltachat
domain = bluewin.ch
domain = bluemail.ch

[imap]
host = imaps.bluewin.ch
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 bluewin.ch.xml
source = deltachat 2024-11-22 bluewin.ch.md
checked = 2017-12 source deltachat

[pop3]
host = pop3s.bluewin.ch
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 bluewin.ch.xml

[smtp]
host = smtpauths.bluewin.ch
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 bluewin.ch.xml
source = deltachat 2024-11-22 bluewin.ch.md
checked = 2017-12 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = blueyonder.co.uk
source = ispdb 2026-03-12 blueyonder.co.uk.xml
source = k9 2023-10-11 blueyonder.co.uk
domain = blueyonder.co.uk

[imap]
host = imap4.blueyonder.co.uk
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 blueyonder.co.uk.xml

[pop3]
host = pop3.blueyonder.co.uk
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 blueyonder.co.uk.xml

[smtp]
host = smtp.blueyonder.co.uk
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 blueyonder.co.uk.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = bol.com.br
source = ispdb 2026-03-12 bol.com.br.xml
domain = bol.com.br

[imap]
host = imap.bol.com.br
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 bol.com.br.xml

[pop3]
host = pop3.bol.com.br
port = 995
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 bol.com.br.xml

[smtp]
host = smtps.bol.com.br
port = 465
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 bol.com.br.xml

[smtp]
host = smtps.bol.com.br
port = 587
security = starttls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 bol.com.br.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = broba.cc
source = ispdb 2026-03-12 broba.cc.xml
domain = garnet.broba.cc
domain = amethyst.broba.cc
domain = coral.broba.ccv
domain = diamond.broba.cc

[pop3]
host = mail.broba.cc
port = 110
security = plain
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 broba.cc.xml

[smtp]
host = mail.broba.cc
port = 587
security = plain
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 broba.cc.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = btinternet.com
source = ispdb 2026-03-12 btinternet.com.xml
domain = btinternet.com
domain = btopenworld.com
domain = talk21.com

[imap]
host = mail.btinternet.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 btinternet.com.xml

[pop3]
host = mail.btinternet.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 btinternet.com.xml

[smtp]
host = mail.btinternet.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 btinternet.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = buzon.uy
source = deltachat 2024-11-22 buzon.uy.md
checked = 2024-01 source deltachat
domain = buzon.uy

[imap]
host = mail.buzon.uy
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 buzon.uy.md
checked = 2024-01 source deltachat

[smtp]
host = mail.buzon.uy
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 buzon.uy.md
checked = 2024-01 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = cc9.ne.jp
source = ispdb 2026-03-12 cc9.ne.jp.xml
domain = cc9.ne.jp

[imap]
host = pop.cc9.ne.jp
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 cc9.ne.jp.xml

[pop3]
host = pop.cc9.ne.jp
port = 995
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 cc9.ne.jp.xml

[smtp]
host = msa.cc9.ne.jp
port = 465
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 cc9.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = cek.ne.jp
source = ispdb 2026-03-12 cek.ne.jp.xml
domain = cek.ne.jp

[imap]
host = imap.cek.ne.jp
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 cek.ne.jp.xml

[pop3]
host = mail.cek.ne.jp
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 cek.ne.jp.xml

[smtp]
host = smtpa.cek.ne.jp
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 cek.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = centurylink.net
source = ispdb 2026-03-12 centurylink.net.xml
domain = centurylink.net
domain = embarqmail.com

[pop3]
host = pop.centurylink.net
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 centurylink.net.xml

[imap]
host = mail.centurylink.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 centurylink.net.xml

[smtp]
host = smtp.centurylink.net
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 centurylink.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = centurytel.net
source = ispdb 2026-03-12 centurytel.net.xml
domain = centurytel.net
domain = clds.net
domain = coastalnow.net
domain = cochill.net
domain = cswnet.com
domain = emadisonriver.com
domain = emadisonriver.net
domain = gallatinriver.net
domain = grics.net
domain = gulftel.com
domain = madisonriver.biz
domain = mebtel.net

[pop3]
host = pop.centurytel.net
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 centurytel.net.xml

[smtp]
host = smtpauth.centurytel.net
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 centurytel.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = cgl.ucsf.edu
source = ispdb 2026-03-12 cgl.ucsf.edu.xml
domain = cgl.ucsf.edu

[imap]
host = plato.cgl.ucsf.edu
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 cgl.ucsf.edu.xml

[smtp]
host = plato.cgl.ucsf.edu
port = 587
security = starttls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 cgl.ucsf.edu.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = charter.net
source = ispdb 2026-03-12 charter.net.xml
domain = charter.net
domain = spectrum.net
domain = bresnan.net

[imap]
host = mobile.charter.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 charter.net.xml

[pop3]
host = mobile.charter.net
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 charter.net.xml

[smtp]
host = mobile.charter.net
port = 587
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 charter.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = chello.at
source = deltachat 2024-11-22 chello.at.md
checked = 2020-05 source deltachat
domain = chello.at

[imap]
host = mail.mymagenta.at
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 chello.at.md
checked = 2020-05 source deltachat

[smtp]
host = mail.mymagenta.at
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 chello.at.md
checked = 2020-05 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = clio.ne.jp
source = ispdb 2026-03-12 clio.ne.jp.xml
domain = clio.ne.jp

[pop3]
host = mail.clio.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 clio.ne.jp.xml

[smtp]
host = mail.clio.ne.jp
port = 587
security = plain
auth = password-encrypted
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 clio.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = clustermail.de
source = ispdb 2026-03-12 clustermail.de.xml
domain = clustermail.de

[imap]
host = mail.clustermail.de
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 clustermail.de.xml

[imap]
host = mail.clustermail.de
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 clustermail.de.xml

[pop3]
host = mail.clustermail.de
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 clustermail.de.xml

[pop3]
host = mail.clustermail.de
port = 110
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 clustermail.de.xml

[smtp]
host = mail.clustermail.de
port = 587
security = starttls
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 clustermail.de.xml

[smtp]
host = mail.clustermail.de
port = 25
security = starttls
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 clustermail.de.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = co1.wind.ne.jp
source = ispdb 2026-03-12 co1.wind.ne.jp.xml
domain = co1.wind.ne.jp
domain = co1.wind.jp

[pop3]
host = co1.wind.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 co1.wind.ne.jp.xml

[smtp]
host = co1.wind.ne.jp
port = 587
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 co1.wind.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = co2.wind.ne.jp
source = ispdb 2026-03-12 co2.wind.ne.jp.xml
domain = co2.wind.ne.jp
domain = co2.wind.jp

[pop3]
host = co2.wind.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 co2.wind.ne.jp.xml

[smtp]
host = co2.wind.ne.jp
port = 587
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 co2.wind.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = co3.wind.ne.jp
source = ispdb 2026-03-12 co3.wind.ne.jp.xml
domain = co3.wind.ne.jp
domain = co3.wind.jp

[pop3]
host = co3.wind.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 co3.wind.ne.jp.xml

[smtp]
host = co3.wind.ne.jp
port = 587
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 co3.wind.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = collaborative.li
source = k9 2023-10-11 collaborative.li
domain = collaborative.li

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 collaborative.li

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 collaborative.li
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = comcast.net
source = ispdb comcast.net.xml
source = mailcore2 comcast
source = ispdb 2026-03-12 comcast.net.xml
source = deltachat 2024-11-22 comcast.md
source = mailcore2 2020-07-16 comcast
source = k9 2023-10-11 comcast
checked = 2017-12 source deltachat
domain = comcast.net
domain = xfinity.com
mx = mx1.comcast.net
mx = mx2.comcast.net

[imap]
host = imap.comcast.net
port = 993
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 comcast.net.xml
source = mailcore2 2020-07-16 comcast
source = k9 2023-10-11 comcast

[imap]
host = imap.comcast.net
port = 143
security = starttls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 comcast.net.xml
source = mailcore2 2020-07-16 comcast

[pop3]
host = mail.comcast.net
port = 995
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 comcast.net.xml
source = mailcore2 2020-07-16 comcast

[pop3]
host = mail.comcast.net
port = 110
security = starttls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 comcast.net.xml

[smtp]
host = smtp.comcast.net
port = 465
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 comcast.net.xml
source = mailcore2 2020-07-16 comcast

[smtp]
host = smtp.comcast.net
port = 587
security = starttls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 comcast.net.xml
source = mailcore2 2020-07-16 comcast
source = k9 2023-10-11 comcast

[oauth2]
issuer = comcast.net
scope = https://email.comcast.net/ profile openid
auth-url = https://oauth.xfinity.com/oauth/authorize
token-url = https://oauth.xfinity.com/oauth/token
source = ispdb 2026-03-12 comcast.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = contractor.com
source = k9 2023-10-11 contractor.net
domain = contractor.com

[imap]
host = imap.mail.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 contractor.net

[smtp]
host = smtp.mail.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 contractor.net
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = cosmotemail.gr
source = k9 2023-10-11 cosmotemail.gr
domain = cosmotemail.gr

[imap]
host = imap.cosmotemail.gr
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 cosmotemail.gr

[smtp]
host = mailgate.cosmotemail.gr
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 cosmotemail.gr
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = cty-net.ne.jp
source = ispdb 2026-03-12 cty-net.ne.jp.xml
domain = cty-net.ne.jp
domain = m2.cty-net.ne.jp
domain = m3.cty-net.ne.jp
domain = m4.cty-net.ne.jp
domain = m5.cty-net.ne.jp
domain = m6.cty-net.ne.jp
domain = m7.cty-net.ne.jp
domain = m8.cty-net.ne.jp
domain = m9.cty-net.ne.jp
domain = cty-net.com

[pop3]
host = pops.cty-net.ne.jp
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 cty-net.ne.jp.xml

[smtp]
host = smtps.cty-net.ne.jp
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 cty-net.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = daleth.cafe
source = deltachat 2024-11-22 daleth.cafe.md
checked = 2024-06 source deltachat
domain = daleth.cafe

[imap]
host = daleth.cafe
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 daleth.cafe.md
checked = 2024-06 source deltachat

[smtp]
host = daleth.cafe
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 daleth.cafe.md
checked = 2024-06 source deltachat

[imap]
host = daleth.cafe
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 daleth.cafe.md
checked = 2024-06 source deltachat

[smtp]
host = daleth.cafe
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 daleth.cafe.md
checked = 2024-06 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = dan.wind.ne.jp
source = ispdb 2026-03-12 dan.wind.ne.jp.xml
domain = dan.wind.ne.jp
domain = dan.wind.jp
domain = dan.wind.co.jp
domain = dan.gunmanet.or.jp
domain = dan.gunmanet.ne.jp

[pop3]
host = dan.wind.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 dan.wind.ne.jp.xml

[smtp]
host = dan.wind.ne.jp
port = 587
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 dan.wind.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = daum.net
source = ispdb 2026-03-12 daum.net.xml
source = k9 2023-10-11 daum
domain = daum.net

[imap]
host = imap.daum.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 daum.net.xml

[smtp]
host = smtp.daum.net
port = 465
security = tls
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 daum.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = dd.iij4u.or.jp
source = ispdb 2026-03-12 dd.iij4u.or.jp.xml
domain = dd.iij4u.or.jp
domain = ff.iij4u.or.jp
domain = hh.iij4u.or.jp
domain = kk.iij4u.or.jp
domain = nn.iij4u.or.jp
domain = pp.iij4u.or.jp
domain = rr.iij4u.or.jp
domain = ss.iij4u.or.jp
domain = bc.iij4u.or.jp
domain = bk.iij4u.or.jp
domain = bp.iij4u.or.jp
domain = bu.iij4u.or.jp

[pop3]
host = mbox.iij4u.or.jp
port = 110
security = starttls
auth = password-encrypted
username = %EMAILLOCALPART%.%EMAILDOMAIN%
source = ispdb 2026-03-12 dd.iij4u.or.jp.xml

[smtp]
host = mbox.iij4u.or.jp
port = 587
security = starttls
auth = password-encrypted
username = %EMAILLOCALPART%.%EMAILDOMAIN%
source = ispdb 2026-03-12 dd.iij4u.or.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = df.eu
source = ispdb 2026-03-12 df.eu.xml
domain = ispgateway.de

[imap]
host = sslin.df.eu
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 df.eu.xml

[pop3]
host = sslin.df.eu
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 df.eu.xml

[smtp]
host = sslout.df.eu
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 df.eu.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = diplomail.ch
source = k9 2023-10-11 diplomail.ch
domain = diplomail.ch

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 diplomail.ch

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 diplomail.ch
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = dismail.de
source = deltachat 2024-11-22 dismail.de.md
checked = 2018-09 source deltachat
domain = dismail.de
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = disroot
source = deltachat 2024-11-22 disroot.md
checked = 2017-06 source deltachat
domain = disroot.org

[imap]
host = disroot.org
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = deltachat 2024-11-22 disroot.md
checked = 2017-06 source deltachat

[smtp]
host = disroot.org
port = 587
security = starttls
auth = password-cleartext
username = %EMAILLOCALPART%
source = deltachat 2024-11-22 disroot.md
checked = 2017-06 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = dondominio.com
source = ispdb 2026-03-12 dondominio.com.xml
domain = dondominio.com

[imap]
host = imap.dondominio.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 dondominio.com.xml

[pop3]
host = pop3.dondominio.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 dondominio.com.xml

[smtp]
host = smtp.dondominio.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 dondominio.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = dreamhost
source = mailcore2 2020-07-16 dreamhost
mx = mx1.sub3.homie.mail.dreamhost.com
mx = mx2.sub3.homie.mail.dreamhost.com
mx = mx1.sub4.homie.mail.dreamhost.com
mx = mx2.sub4.homie.mail.dreamhost.com
mx = mx1.sub5.homie.mail.dreamhost.com
mx = mx2.sub5.homie.mail.dreamhost.com
mx = mx1.balanced.homie.mail.dreamhost.com
mx = mx2.balanced.homie.mail.dreamhost.com

[imap]
host = mail.%EMAILDOMAIN%
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 dreamhost

[imap]
host = mail.%EMAILDOMAIN%
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 dreamhost

[smtp]
host = mail.%EMAILDOMAIN%
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 dreamhost

[smtp]
host = mail.%EMAILDOMAIN%
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 dreamhost

[smtp]
host = mail.%EMAILDOMAIN%
port = 25
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 dreamhost
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = e.email
source = deltachat 2024-11-22 e.email.md
source = k9 2023-10-11 e.foundation
checked = 2021-01 source deltachat
domain = e.email

[imap]
host = mail.ecloud.global
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 e.email.md
source = k9 2023-10-11 e.foundation
checked = 2021-01 source deltachat

[smtp]
host = mail.ecloud.global
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 e.email.md
source = k9 2023-10-11 e.foundation
checked = 2021-01 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = earthlink.net
source = ispdb 2026-03-12 earthlink.net.xml
domain = earthlink.net
domain = mindspring.com
domain = ix.netcom.com

[imap]
host = imap.earthlink.net
port = 993
security = tls
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 earthlink.net.xml

[pop3]
host = pop.earthlink.net
port = 995
security = tls
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 earthlink.net.xml

[smtp]
host = smtpauth.earthlink.net
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 earthlink.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = educa.madrid.org
source = ispdb 2026-03-12 educa.madrid.org.xml
domain = educa.madrid.org

[imap]
host = imap.educa.madrid.org
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 educa.madrid.org.xml

[pop3]
host = pop.educa.madrid.org
port = 995
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 educa.madrid.org.xml

[smtp]
host = smtp01.educa.madrid.org
port = 465
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 educa.madrid.org.xml

[smtp]
host = smtp01.educa.madrid.org
port = 587
security = starttls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 educa.madrid.org.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = elpasotel.net
source = ispdb 2026-03-12 elpasotel.net.xml
domain = elpasotel.net

[pop3]
host = pop3.elpasotel.net
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 elpasotel.net.xml

[imap]
host = mail.elpasotel.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 elpasotel.net.xml

[smtp]
host = smtp.elpasotel.net
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 elpasotel.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = email.it
source = ispdb 2026-03-12 email.it.xml
domain = email.it

[imap]
host = in.email.it
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 email.it.xml

[pop3]
host = pop.email.it
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 email.it.xml

[smtp]
host = out.email.it
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 email.it.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = emailsrvr.com
name = Rackspace Email
source = ispdb emailsrvr.com.xml
source = ispdb 2026-03-12 emailsrvr.com.xml
source = mailcore2 2020-07-16 rackspace
domain = emailsrvr.com
mx = emailsrvr.com

[imap]
host = secure.emailsrvr.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 emailsrvr.com.xml
source = mailcore2 2020-07-16 rackspace

[smtp]
host = secure.emailsrvr.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 emailsrvr.com.xml
source = mailcore2 2020-07-16 rackspace
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = espiv.net
source = deltachat 2024-11-22 espiv.net.md
source = k9 2023-10-11 espiv
checked = 2021-01 source deltachat
domain = espiv.net

[imap]
host = mail.espiv.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 espiv

[smtp]
host = mail.espiv.net
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 espiv
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = euro-apple
source = mailcore2 2020-07-16 euro-apple
domain = euro.apple.com

[imap]
host = phonehome.euro.apple.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 euro-apple

[smtp]
host = phonehome.apple.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 euro-apple
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = facebook
source = mailcore2 2020-07-16 facebook
domain = fb.com

[imap]
host = outlook.office365.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 facebook

[smtp]
host = smtp.office365.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 facebook
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = fairnatics.net
source = k9 2023-10-11 fairnatics.net
domain = fairnatics.net

[imap]
host = mail.fairnatics.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 fairnatics.net

[smtp]
host = mail.fairnatics.net
port = 25
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 fairnatics.net
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = fastmail
name = Fastmail
status = preparation
source = mailconf https://www.fastmail.com/help/technical/servernamesandports.html
source = mailconf https://fastmail.help/hc/en-us/articles/1500000279921
source = mailconf https://www.fastmail.com/dev/
source = mailconf https://www.fastmail.com/for-developers/oauth/
source = mailconf https://www.fastmail.com/help/clients/apppassword.html
source = ispdb messagingengine.com.xml
source = ispdb 2026-03-12 messagingengine.com.xml
source = deltachat 2024-11-22 fastmail.md
source = mailcore2 2020-07-16 fastmail
source = k9 2023-10-11 fastmail-fm
checked = 2026-11-28 help-page
checked = 2026-12-04 help-page
checked = 2022-01 source deltachat
domain = fastmail.com
domain = messagingengine.com
domain = 123mail.org
domain = 150mail.com
domain = 150ml.com
domain = 16mail.com
domain = 2-mail.com
domain = 4email.net
domain = 50mail.com
domain = airpost.net
domain = allmail.net
domain = bestmail.us
domain = cluemail.com
domain = elitemail.org
domain = emailcorner.net
domain = emailengine.net
domain = emailengine.org
domain = emailgroups.net
domain = emailplus.org
domain = emailuser.net
domain = eml.cc
domain = f-m.fm
domain = fast-email.com
domain = fast-mail.org
domain = fastem.com
domain = fastemail.us
domain = fastemailer.com
domain = fastest.cc
domain = fastimap.com
domain = fastmail.cn
domain = fastmail.co.uk
domain = fastmail.com.au
domain = fastmail.de
domain = fastmail.es
domain = fastmail.fm
domain = fastmail.fr
domain = fastmail.im
domain = fastmail.in
domain = fastmail.jp
domain = fastmail.mx
domain = fastmail.net
domain = fastmail.nl
domain = fastmail.org
domain = fastmail.se
domain = fastmail.to
domain = fastmail.tw
domain = fastmail.uk
domain = fastmail.us
domain = fastmailbox.net
domain = fastmessaging.com
domain = fea.st
domain = fmail.co.uk
domain = fmailbox.com
domain = fmgirl.com
domain = fmguy.com
domain = ftml.net
domain = h-mail.us
domain = hailmail.net
domain = imap-mail.com
domain = imap.cc
domain = imapmail.org
domain = inoutbox.com
domain = internet-e-mail.com
domain = internet-mail.org
domain = internetemails.net
domain = internetmailing.net
domain = jetemail.net
domain = justemail.net
domain = letterboxes.org
domain = mail-central.com
domain = mail-page.com
domain = mailandftp.com
domain = mailas.com
domain = mailbolt.com
domain = mailc.net
domain = mailcan.com
domain = mailforce.net
domain = mailftp.com
domain = mailhaven.com
domain = mailingaddress.org
domain = mailite.com
domain = mailmight.com
domain = mailnew.com
domain = mailsent.net
domain = mailservice.ms
domain = mailup.net
domain = mailworks.org
domain = ml1.net
domain = mm.st
domain = myfastmail.com
domain = mymacmail.com
domain = nospammail.net
domain = ownmail.net
domain = petml.com
domain = postinbox.com
domain = postpro.net
domain = proinbox.com
domain = promessage.com
domain = realemail.net
domain = reallyfast.biz
domain = reallyfast.info
domain = rushpost.com
domain = sent.as
domain = sent.at
domain = sent.com
domain = speedpost.net
domain = speedymail.org
domain = ssl-mail.com
domain = swift-mail.com
domain = the-fastest.net
domain = the-quickest.com
domain = theinternetemail.com
domain = veryfast.biz
domain = veryspeedy.net
domain = warpmail.net
domain = xsmail.com
domain = yepmail.net
domain = your-mail.com
domain = operamail.com
domain-label = fastmail
mx = messagingengine.com

[note]
code = app-password
source = mailconf https://www.fastmail.com/help/clients/apppassword.html
checked = 2026-12-04 help-page

[imap]
host = imap.fastmail.com
port = 993
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.fastmail.com/help/technical/servernamesandports.html
source = mailconf https://www.fastmail.com/dev/
source = ispdb 2026-03-12 messagingengine.com.xml
source = deltachat 2024-11-22 fastmail.md
source = mailcore2 2020-07-16 fastmail
checked = 2026-11-28 help-page
checked = 2026-12-04 help-page
checked = 2022-01 source deltachat

[pop3]
host = pop.fastmail.com
port = 995
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.fastmail.com/help/technical/servernamesandports.html
source = mailconf https://www.fastmail.com/dev/
source = ispdb 2026-03-12 messagingengine.com.xml
checked = 2026-11-28 help-page
checked = 2026-12-04 help-page

[smtp]
host = smtp.fastmail.com
port = 465
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.fastmail.com/help/technical/servernamesandports.html
source = mailconf https://www.fastmail.com/dev/
source = ispdb 2026-03-12 messagingengine.com.xml
source = deltachat 2024-11-22 fastmail.md
source = mailcore2 2020-07-16 fastmail
checked = 2026-11-28 help-page
checked = 2026-12-04 help-page
checked = 2022-01 source deltachat

[oauth2]
issuer = www.fastmail.com
scope = https://www.fastmail.com/dev/protocol-imap https://www.fastmail.com/dev/protocol-pop https://www.fastmail.com/dev/protocol-smtp
auth-url = https://api.fastmail.com/oauth/authorize
token-url = https://api.fastmail.com/oauth/refresh
source = thunderbird 2026-08-22 mailnews/base/src/OAuth2Providers.sys.mjs
source = mailconf https://www.fastmail.com/for-developers/oauth/
checked = 2026-12-04 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = fastwebnet.it
source = ispdb 2026-03-12 fastwebnet.it.xml
domain = fastwebnet.it

[imap]
host = imap.fastwebnet.it
port = 993
security = tls
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 fastwebnet.it.xml

[pop3]
host = pop.fastwebnet.it
port = 995
security = tls
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 fastwebnet.it.xml

[smtp]
host = smtp.fastwebnet.it
port = 587
security = starttls
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 fastwebnet.it.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = firemail.de
status = preparation
source = deltachat 2024-11-22 firemail.de.md
checked = 2020-08 source deltachat
domain = firemail.at
domain = firemail.de
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = five.chat
source = deltachat 2024-11-22 five.chat.md
checked = 2020-06 source deltachat
domain = five.chat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = fotoplenka.ru
source = k9 2023-10-11 ruqipfotoplenkaimap
domain = fotoplenka.ru

[imap]
host = imap.fotoplenka.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipfotoplenkaimap

[smtp]
host = smtp.fotoplenka.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipfotoplenkaimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = free.fr
name = Free
source = ispdb free.fr.xml
source = ispdb 2026-03-12 free.fr.xml
domain = free.fr
mx = free.fr

[imap]
host = imap.free.fr
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 free.fr.xml

[pop3]
host = pop.free.fr
port = 995
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 free.fr.xml

[smtp]
host = smtp.free.fr
port = 465
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 free.fr.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = freenet.de
status = preparation
source = deltachat freenet.de.md
source = deltachat 2024-11-22 freenet.de.md
source = k9 2023-10-11 freenet
checked = 2024-08 source deltachat
domain = freenet.de

[note]
code = enable-imap
source = deltachat 2024-11-22 freenet.de.md
checked = 2024-08 source deltachat

[imap]
host = mx.freenet.de
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 freenet.de.md
checked = 2024-08 source deltachat

[imap]
host = mx.freenet.de
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 freenet.de.md
source = k9 2023-10-11 freenet
checked = 2024-08 source deltachat

[smtp]
host = mx.freenet.de
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 freenet.de.md
checked = 2024-08 source deltachat

[smtp]
host = mx.freenet.de
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 freenet.de.md
source = k9 2023-10-11 freenet
checked = 2024-08 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = fromru.com
source = k9 2023-10-11 comqipfromruimap
domain = fromru.com

[imap]
host = imap.fromru.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 comqipfromruimap

[smtp]
host = smtp.fromru.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 comqipfromruimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = front.ru
source = k9 2023-10-11 ruqipfrontimap
domain = front.ru

[imap]
host = imap.front.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipfrontimap

[smtp]
host = smtp.front.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipfrontimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = gandi.net
name = Gandi Mail
source = ispdb gandi.net.xml
source = ispdb 2026-03-12 gandi.net.xml
domain = gandi.net
mx = mail.gandi.net

[imap]
host = mail.gandi.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gandi.net.xml

[imap]
host = mail.gandi.net
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gandi.net.xml

[pop3]
host = mail.gandi.net
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gandi.net.xml

[pop3]
host = mail.gandi.net
port = 110
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gandi.net.xml

[smtp]
host = mail.gandi.net
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gandi.net.xml

[smtp]
host = mail.gandi.net
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gandi.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = gigahost.dk
source = ispdb 2026-03-12 gigahost.dk.xml
domain = gigahost.dk

[imap]
host = mail.gigahost.dk
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gigahost.dk.xml

[pop3]
host = mail.gigahost.dk
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gigahost.dk.xml

[smtp]
host = smtp.gigahost.dk
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gigahost.dk.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = gmail
name = Gmail / Google Workspace
status = preparation
source = mailconf https://developers.google.com/workspace/gmail/imap/imap-smtp
source = mailconf https://developers.google.com/gmail/imap/xoauth2-protocol
source = mailconf https://knowledge.workspace.google.com/kb/how-to-generate-an-app-passwords-000009237
source = ispdb 2026-03-12 googlemail.com.xml
source = deltachat 2024-11-22 gmail.md
source = mailcore2 2020-07-16 gmail
source = k9 2023-10-11 gmail
source = k9 2023-10-11 googlemail
source = k9 2023-10-11 google
checked = 2026-12-04 help-page
checked = 2024-08 source deltachat
domain = gmail.com
domain = googlemail.com
domain = google.com
domain = jazztel.es
domain = nyu.edu
mx = google.com
mx = googlemail.com
mx = smtp.google.com

[note]
code = app-password
source = mailconf https://knowledge.workspace.google.com/kb/how-to-generate-an-app-passwords-000009237
checked = 2026-12-04 help-page

[imap]
host = imap.gmail.com
port = 993
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = mailconf https://developers.google.com/workspace/gmail/imap/imap-smtp
source = ispdb 2026-03-12 googlemail.com.xml
source = deltachat 2024-11-22 gmail.md
source = mailcore2 2020-07-16 gmail
source = k9 2023-10-11 gmail
source = k9 2023-10-11 google
checked = 2026-12-04 help-page
checked = 2024-08 source deltachat

[pop3]
host = pop.gmail.com
port = 995
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = mailconf https://developers.google.com/workspace/gmail/imap/imap-smtp
source = ispdb 2026-03-12 googlemail.com.xml
checked = 2026-12-04 help-page

[smtp]
host = smtp.gmail.com
port = 465
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = mailconf https://developers.google.com/workspace/gmail/imap/imap-smtp
source = ispdb 2026-03-12 googlemail.com.xml
source = deltachat 2024-11-22 gmail.md
source = mailcore2 2020-07-16 gmail
source = k9 2023-10-11 gmail
source = k9 2023-10-11 google
checked = 2026-12-04 help-page
checked = 2024-08 source deltachat

[smtp]
host = smtp.gmail.com
port = 587
security = starttls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = mailconf https://developers.google.com/workspace/gmail/imap/imap-smtp
source = mailcore2 2020-07-16 gmail
checked = 2026-12-04 help-page

[oauth2]
issuer = accounts.google.com
scope = https://mail.google.com/
auth-url = https://accounts.google.com/o/oauth2/v2/auth
token-url = https://oauth2.googleapis.com/token
source = mailconf https://developers.google.com/workspace/gmail/imap/imap-smtp
source = mailconf https://developers.google.com/gmail/imap/xoauth2-protocol
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = gmx
source = mailcore2 2020-07-16 gmx
domain-label = gmx
domain-label = caramail

[imap]
host = imap.gmx.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 gmx

[imap]
host = imap.gmx.com
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 gmx

[smtp]
host = mail.gmx.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 gmx

[smtp]
host = mail.gmx.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 gmx

[smtp]
host = mail.gmx.com
port = 25
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 gmx
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = gmx.com
name = GMX.com
source = ispdb gmx.com.xml
source = ispdb 2026-03-12 gmx.com.xml
source = k9 2023-10-11 gmx.com
domain = gmx.com
domain = gmx.tm
domain = gmx.us
domain = gmx.co.uk
domain = gmx.es
domain = gmx.fr
domain = gmx.ca
domain = gmx.cn
domain = gmx.co.in
domain = gmx.com.br
domain = gmx.com.my
domain = gmx.hk
domain = gmx.ie
domain = gmx.ph
domain = gmx.pt
domain = gmx.ru
domain = gmx.se
domain = gmx.sg
domain = gmx.tw
domain = gmx.com.tr
domain = gmx.it
domain = gmx.li
mx = gmx.com

[imap]
host = imap.gmx.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gmx.com.xml
source = k9 2023-10-11 gmx.com

[imap]
host = imap.gmx.com
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gmx.com.xml

[pop3]
host = pop.gmx.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gmx.com.xml

[pop3]
host = pop.gmx.com
port = 110
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gmx.com.xml

[smtp]
host = mail.gmx.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gmx.com.xml
source = k9 2023-10-11 gmx.com

[smtp]
host = mail.gmx.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gmx.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = gmx.net
name = GMX
status = preparation
source = ispdb gmx.net.xml
source = ispdb 2026-03-12 gmx.net.xml
source = deltachat 2024-11-22 gmx.net.md
source = k9 2023-10-11 gmx.net
source = k9 2023-10-11 gmx.de
source = k9 2023-10-11 gmx.at
source = k9 2023-10-11 gmx.ch
source = k9 2023-10-11 gmx.eu
checked = 2017-06 source deltachat
domain = gmx.net
domain = gmx.de
domain = gmx.at
domain = gmx.ch
domain = gmx.eu
domain = gmx.biz
domain = gmx.org
domain = gmx.info
domain = mein.gmx
domain = mail.gmx
domain = email.gmx
mx = gmx.net

[note]
code = enable-imap
source = ispdb 2026-03-12 gmx.net.xml

[imap]
host = imap.gmx.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gmx.net.xml
source = deltachat 2024-11-22 gmx.net.md
source = k9 2023-10-11 gmx.net
source = k9 2023-10-11 gmx.de
source = k9 2023-10-11 gmx.at
source = k9 2023-10-11 gmx.ch
source = k9 2023-10-11 gmx.eu
checked = 2017-06 source deltachat

[imap]
host = imap.gmx.net
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gmx.net.xml

[pop3]
host = pop.gmx.net
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gmx.net.xml

[pop3]
host = pop.gmx.net
port = 110
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gmx.net.xml

[smtp]
host = mail.gmx.net
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gmx.net.xml
source = deltachat 2024-11-22 gmx.net.md
checked = 2017-06 source deltachat

[smtp]
host = mail.gmx.net
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gmx.net.xml
source = deltachat 2024-11-22 gmx.net.md
source = k9 2023-10-11 gmx.net
source = k9 2023-10-11 gmx.de
source = k9 2023-10-11 gmx.at
source = k9 2023-10-11 gmx.ch
source = k9 2023-10-11 gmx.eu
checked = 2017-06 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = go.tvm.ne.jp
source = ispdb 2026-03-12 go.tvm.ne.jp.xml
domain = go.tvm.ne.jp

[pop3]
host = go.tvm.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 go.tvm.ne.jp.xml

[smtp]
host = go.tvm.ne.jp
port = 25
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 go.tvm.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = goo.jp
source = ispdb 2026-03-12 goo.jp.xml
domain = goo.jp

[pop3]
host = pop.mail.goo.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 goo.jp.xml

[smtp]
host = smtp.mail.goo.ne.jp
port = 587
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 goo.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = gransy.com
source = ispdb 2026-03-12 gransy.com.xml
domain = gransy.com
domain = internetserver.cz

[imap]
host = imap.gransy.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gransy.com.xml

[imap]
host = imap.gransy.com
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gransy.com.xml

[pop3]
host = imap.gransy.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gransy.com.xml

[pop3]
host = imap.gransy.com
port = 110
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gransy.com.xml

[smtp]
host = smtp.gransy.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gransy.com.xml

[smtp]
host = smtp.gransy.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gransy.com.xml

[smtp]
host = smtp.gransy.com
port = 25
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 gransy.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = groupoffice.ch
source = k9 2023-10-11 groupoffice.ch
domain = groupoffice.ch

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 groupoffice.ch

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 groupoffice.ch
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = hal.ne.jp
source = ispdb 2026-03-12 hal.ne.jp.xml
domain = hal.ne.jp

[pop3]
host = mail.hal.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 hal.ne.jp.xml

[smtp]
host = mail.hal.ne.jp
port = 587
security = plain
auth = password-encrypted
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 hal.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = hana.or.jp
source = ispdb 2026-03-12 hana.or.jp.xml
domain = hana.or.jp

[pop3]
host = mail.hana.or.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 hana.or.jp.xml

[smtp]
host = mail.hana.or.jp
port = 587
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 hana.or.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = hanmail.net
source = k9 2023-10-11 hanmail
domain = hanmail.net

[imap]
host = imap.hanmail.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = k9 2023-10-11 hanmail

[smtp]
host = smtp.hanmail.net
port = 465
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = k9 2023-10-11 hanmail
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = hermes.radio
source = deltachat 2024-11-22 hermes.radio.md
checked = 2022-06 source deltachat
domain = *.hermes.radio
domain = *.aco-connexion.org
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = hetzner.de
name = Hetzner
source = ispdb hetzner.de.xml
source = ispdb 2026-03-12 hetzner.de.xml
domain = your-server.de
mx = your-server.de

[imap]
host = mail.your-server.de
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 hetzner.de.xml

[smtp]
host = mail.your-server.de
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 hetzner.de.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = hey.com
status = broken
source = deltachat 2024-11-22 hey.com.md
checked = 2020-06 source deltachat
domain = hey.com

[note]
code = no-imap-access
source = deltachat 2024-11-22 hey.com.md
checked = 2020-06 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = hostinger.com
name = Hostinger Email
source = mailconf https://support.hostinger.com/en/articles/1583229-how-to-set-up-an-email-account-in-an-email-client
checked = 2026-11-28 help-page
mx = hostinger.com

[imap]
host = imap.hostinger.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://support.hostinger.com/en/articles/1583229-how-to-set-up-an-email-account-in-an-email-client
checked = 2026-11-28 help-page

[pop3]
host = pop.hostinger.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://support.hostinger.com/en/articles/1583229-how-to-set-up-an-email-account-in-an-email-client
checked = 2026-11-28 help-page

[smtp]
host = smtp.hostinger.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://support.hostinger.com/en/articles/1583229-how-to-set-up-an-email-account-in-an-email-client
checked = 2026-11-28 help-page

[smtp]
host = smtp.hostinger.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://support.hostinger.com/en/articles/1583229-how-to-set-up-an-email-account-in-an-email-client
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = hotbox.ru
source = k9 2023-10-11 ruqiphotboximap
domain = hotbox.ru

[imap]
host = imap.hotbox.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqiphotboximap

[smtp]
host = smtp.hotbox.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqiphotboximap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = hotmail.ru
source = k9 2023-10-11 ruqiphotmailimap
domain = hotmail.ru

[imap]
host = imap.hotmail.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqiphotmailimap

[smtp]
host = smtp.hotmail.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqiphotmailimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = hushmail
source = mailcore2 2020-07-16 hushmail
domain = hushmail.com

[imap]
host = imap.hushmail.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 hushmail

[pop3]
host = pop.hushmail.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 hushmail

[smtp]
host = smtp.hushmail.com
port = 587
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 hushmail

[smtp]
host = smtp.hushmail.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 hushmail

[smtp]
host = smtp.hushmail.com
port = 25
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 hushmail
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = i.softbank.jp
source = ispdb 2026-03-12 i.softbank.jp.xml
domain = i.softbank.jp

[imap]
host = imap.softbank.jp
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 i.softbank.jp.xml

[smtp]
host = smtp.softbank.jp
port = 465
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 i.softbank.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = i.ua
status = broken
source = deltachat 2024-11-22 i.ua.md
checked = 2021-08 source deltachat
domain = i.ua

[note]
code = no-imap-access
source = deltachat 2024-11-22 i.ua.md
checked = 2021-08 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = i3.net
source = deltachat 2024-11-22 i3.net.md
checked = 2021-02 source deltachat
domain = i3.net
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ic-net.or.jp
source = ispdb 2026-03-12 ic-net.or.jp.xml
domain = ic-net.or.jp

[pop3]
host = mail.ic-net.or.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 ic-net.or.jp.xml

[smtp]
host = smtp.ic-net.or.jp
port = 587
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 ic-net.or.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = icloud
name = iCloud Mail
status = preparation
source = mailconf https://support.apple.com/en-us/102525
source = mailconf https://support.apple.com/en-us/102654
source = mailconf https://support.apple.com/en-us/HT212514
source = ispdb 2026-03-12 me.com.xml
source = deltachat 2024-11-22 icloud.md
source = mailcore2 2020-07-16 mobileme
source = k9 2023-10-11 dotmac
source = k9 2023-10-11 mobileme
source = k9 2023-10-11 icloud
checked = 2026-11-28 help-page
checked = 2024-10 source deltachat
domain = icloud.com
domain = me.com
domain = mac.com
mx = mail.icloud.com
mx-username = %EMAILADDRESS%

[note]
code = app-password
source = mailconf https://support.apple.com/en-us/102525
source = mailconf https://support.apple.com/en-us/102654
source = mailconf https://support.apple.com/en-us/HT212514
checked = 2026-11-28 help-page

[imap]
host = imap.mail.me.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = mailconf https://support.apple.com/en-us/102525
source = mailconf https://support.apple.com/en-us/102654
source = mailconf https://support.apple.com/en-us/HT212514
source = ispdb 2026-03-12 me.com.xml
source = deltachat 2024-11-22 icloud.md
source = mailcore2 2020-07-16 mobileme
source = k9 2023-10-11 mobileme
checked = 2026-11-28 help-page
checked = 2024-10 source deltachat

[smtp]
host = smtp.mail.me.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://support.apple.com/en-us/102525
source = mailconf https://support.apple.com/en-us/102654
source = mailconf https://support.apple.com/en-us/HT212514
source = ispdb 2026-03-12 me.com.xml
source = deltachat 2024-11-22 icloud.md
source = mailcore2 2020-07-16 mobileme
checked = 2026-11-28 help-page
checked = 2024-10 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = iijmio-mail.jp
source = ispdb 2026-03-12 iijmio-mail.jp.xml
domain = iijmio-mail.jp
domain = miomio.jp
domain = miobox.jp
domain = e23.jp
domain = x-il.jp

[pop3]
host = mbox.iijmio-mail.jp
port = 110
security = starttls
auth = password-encrypted
username = %EMAILLOCALPART%.%EMAILDOMAIN%
source = ispdb 2026-03-12 iijmio-mail.jp.xml

[smtp]
host = mbox.iijmio-mail.jp
port = 587
security = starttls
auth = password-encrypted
username = %EMAILLOCALPART%.%EMAILDOMAIN%
source = ispdb 2026-03-12 iijmio-mail.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = iiyama-catv.ne.jp
source = ispdb 2026-03-12 iiyama-catv.ne.jp.xml
domain = iiyama-catv.ne.jp

[imap]
host = imap.iiyama-catv.ne.jp
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 iiyama-catv.ne.jp.xml

[pop3]
host = mail.iiyama-catv.ne.jp
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 iiyama-catv.ne.jp.xml

[smtp]
host = smtpa.iiyama-catv.ne.jp
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 iiyama-catv.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = inbox.lv
status = preparation
source = ispdb 2026-03-12 inbox.lv.xml
domain = inbox.lv
domain = inbox.eu
domain = inbox.lt
domain = inbox.la

[note]
code = enable-imap
source = ispdb 2026-03-12 inbox.lv.xml

[imap]
host = mail.%EMAILDOMAIN%
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 inbox.lv.xml

[pop3]
host = mail.%EMAILDOMAIN%
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 inbox.lv.xml

[smtp]
host = mail.%EMAILDOMAIN%
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 inbox.lv.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = inet-shibata.or.jp
source = ispdb 2026-03-12 inet-shibata.or.jp.xml
domain = inet-shibata.or.jp

[pop3]
host = po.inet-shibata.or.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 inet-shibata.or.jp.xml

[smtp]
host = po.inet-shibata.or.jp
port = 25
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 inet-shibata.or.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = infomaniak
name = Infomaniak
source = mailconf https://www.infomaniak.com/en/support/faq/admin2/email-service
source = deltachat infomaniak.com.md
source = deltachat 2024-11-22 infomaniak.com.md
checked = 2026-11-28 help-page
checked = 2021-10 source deltachat
domain = ik.me
mx = infomaniak.ch

[imap]
host = mail.infomaniak.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.infomaniak.com/en/support/faq/admin2/email-service
source = deltachat 2024-11-22 infomaniak.com.md
checked = 2026-11-28 help-page
checked = 2021-10 source deltachat

[pop3]
host = mail.infomaniak.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.infomaniak.com/en/support/faq/admin2/email-service
checked = 2026-11-28 help-page

[smtp]
host = mail.infomaniak.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.infomaniak.com/en/support/faq/admin2/email-service
source = deltachat 2024-11-22 infomaniak.com.md
checked = 2026-11-28 help-page
checked = 2021-10 source deltachat

[smtp]
host = mail.infomaniak.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.infomaniak.com/en/support/faq/admin2/email-service
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ionos.ca
name = IONOS (Canada)
source = mailconf https://www.ionos.ca/help/email/
checked = 2026-11-28 help-page
mx = ionos.ca

[imap]
host = imap.ionos.ca
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.ca/help/email/
checked = 2026-11-28 help-page

[pop3]
host = pop.ionos.ca
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.ca/help/email/
checked = 2026-11-28 help-page

[smtp]
host = smtp.ionos.ca
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.ca/help/email/
checked = 2026-11-28 help-page

[smtp]
host = smtp.ionos.ca
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.ca/help/email/
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ionos.co.uk
name = IONOS (United Kingdom)
source = mailconf https://www.ionos.co.uk/help/email/general-topics/settings-for-your-email-programs-imap-pop3/
checked = 2026-11-28 help-page
mx = ionos.co.uk
mx = 1and1.co.uk

[imap]
host = imap.ionos.co.uk
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.co.uk/help/email/general-topics/settings-for-your-email-programs-imap-pop3/
checked = 2026-11-28 help-page

[pop3]
host = pop.ionos.co.uk
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.co.uk/help/email/general-topics/settings-for-your-email-programs-imap-pop3/
checked = 2026-11-28 help-page

[smtp]
host = smtp.ionos.co.uk
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.co.uk/help/email/general-topics/settings-for-your-email-programs-imap-pop3/
checked = 2026-11-28 help-page

[smtp]
host = smtp.ionos.co.uk
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.co.uk/help/email/general-topics/settings-for-your-email-programs-imap-pop3/
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ionos.com
name = IONOS (United States)
source = mailconf https://www.ionos.com/help/email/general-topics/settings-for-your-email-programs-imap-pop3/
checked = 2026-11-28 help-page
mx = ionos.com
mx = 1and1.com

[imap]
host = imap.ionos.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.com/help/email/general-topics/settings-for-your-email-programs-imap-pop3/
checked = 2026-11-28 help-page

[pop3]
host = pop.ionos.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.com/help/email/general-topics/settings-for-your-email-programs-imap-pop3/
checked = 2026-11-28 help-page

[smtp]
host = smtp.ionos.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.com/help/email/general-topics/settings-for-your-email-programs-imap-pop3/
checked = 2026-11-28 help-page

[smtp]
host = smtp.ionos.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.com/help/email/general-topics/settings-for-your-email-programs-imap-pop3/
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ionos.es
name = IONOS (Spain)
source = mailconf https://www.ionos.es/ayuda/correo-electronico/
checked = 2026-11-28 help-page
mx = ionos.es
mx = 1and1.es

[imap]
host = imap.ionos.es
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.es/ayuda/correo-electronico/
checked = 2026-11-28 help-page

[pop3]
host = pop.ionos.es
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.es/ayuda/correo-electronico/
checked = 2026-11-28 help-page

[smtp]
host = smtp.ionos.es
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.es/ayuda/correo-electronico/
checked = 2026-11-28 help-page

[smtp]
host = smtp.ionos.es
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.es/ayuda/correo-electronico/
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ionos.fr
name = IONOS (France)
source = mailconf https://www.ionos.fr/assistance/email/
checked = 2026-11-28 help-page
mx = ionos.fr
mx = 1and1.fr

[imap]
host = imap.ionos.fr
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.fr/assistance/email/
checked = 2026-11-28 help-page

[pop3]
host = pop.ionos.fr
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.fr/assistance/email/
checked = 2026-11-28 help-page

[smtp]
host = smtp.ionos.fr
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.fr/assistance/email/
checked = 2026-11-28 help-page

[smtp]
host = smtp.ionos.fr
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.fr/assistance/email/
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ionos.it
name = IONOS (Italy)
source = mailconf https://www.ionos.it/aiuto/email/
checked = 2026-11-28 help-page
mx = ionos.it
mx = 1and1.it

[imap]
host = imap.ionos.it
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.it/aiuto/email/
checked = 2026-11-28 help-page

[pop3]
host = pop.ionos.it
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.it/aiuto/email/
checked = 2026-11-28 help-page

[smtp]
host = smtp.ionos.it
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.it/aiuto/email/
checked = 2026-11-28 help-page

[smtp]
host = smtp.ionos.it
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.it/aiuto/email/
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ionos.mx
name = IONOS (Mexico)
source = mailconf https://www.ionos.mx/ayuda/correo-electronico/
checked = 2026-11-28 help-page
mx = ionos.mx

[imap]
host = imap.ionos.mx
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.mx/ayuda/correo-electronico/
checked = 2026-11-28 help-page

[pop3]
host = pop.ionos.mx
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.mx/ayuda/correo-electronico/
checked = 2026-11-28 help-page

[smtp]
host = smtp.ionos.mx
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.mx/ayuda/correo-electronico/
checked = 2026-11-28 help-page

[smtp]
host = smtp.ionos.mx
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.ionos.mx/ayuda/correo-electronico/
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ipax.at
source = ispdb 2026-03-12 ipax.at.xml
domain = ipax.at

[imap]
host = mail.ipax.at
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 ipax.at.xml

[smtp]
host = mail.ipax.at
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 ipax.at.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = iwafune.ne.jp
source = ispdb 2026-03-12 iwafune.ne.jp.xml
domain = iwafune.ne.jp

[pop3]
host = po.iwafune.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 iwafune.ne.jp.xml

[smtp]
host = po.iwafune.ne.jp
port = 25
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 iwafune.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = janis.or.jp
source = ispdb 2026-03-12 janis.or.jp.xml
domain = janis.or.jp

[imap]
host = imaps.janis.or.jp
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 janis.or.jp.xml

[pop3]
host = pops.janis.or.jp
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 janis.or.jp.xml

[smtp]
host = smtps.janis.or.jp
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 janis.or.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = jet.ne.jp
source = ispdb 2026-03-12 jet.ne.jp.xml
domain = jet.ne.jp

[pop3]
host = pop.jet.ne.jp
port = 995
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 jet.ne.jp.xml

[imap]
host = imap.jet.ne.jp
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 jet.ne.jp.xml

[smtp]
host = smtp.jet.ne.jp
port = 465
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 jet.ne.jp.xml

[smtp]
host = smtp.jet.ne.jp
port = 587
security = starttls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 jet.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ji.jet.ne.jp
source = ispdb 2026-03-12 ji.jet.ne.jp.xml
domain = ji.jet.ne.jp

[pop3]
host = pop02.jet.ne.jp
port = 110
security = plain
auth = password-encrypted
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 ji.jet.ne.jp.xml

[smtp]
host = smtp02.jet.ne.jp
port = 587
security = plain
auth = password-encrypted
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 ji.jet.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = journalistmail.ch
source = k9 2023-10-11 journalistmail.ch
domain = journalistmail.ch

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 journalistmail.ch

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 journalistmail.ch
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = juno
source = mailcore2 2020-07-16 juno
domain = juno.com

[pop3]
host = pop.juno.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 juno

[smtp]
host = smtp.juno.com
port = 465
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 juno
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = kelcom.net
source = ispdb 2026-03-12 kelcom.net.xml
domain = kelcom.net

[imap]
host = pop.kelcom.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 kelcom.net.xml

[pop3]
host = pop.kelcom.net
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 kelcom.net.xml

[smtp]
host = smtp.kelcom.net
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 kelcom.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = kl.wind.ne.jp
source = ispdb 2026-03-12 kl.wind.ne.jp.xml
domain = kl.wind.ne.jp
domain = kl.wind.jp
domain = kl.wind.co.jp
domain = kl.gunmanet.or.jp
domain = kl.gunmanet.ne.jp
domain = k1.wind.ne.jp
domain = k1.wind.jp
domain = k1.gunmanet.or.jp
domain = k1.gunmanet.ne.jp

[pop3]
host = kl.wind.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 kl.wind.ne.jp.xml

[smtp]
host = kl.wind.ne.jp
port = 587
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 kl.wind.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = kokuyou.ne.jp
source = ispdb 2026-03-12 kokuyou.ne.jp.xml
domain = kokuyou.ne.jp

[pop3]
host = mail.kokuyou.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 kokuyou.ne.jp.xml

[smtp]
host = smtp.kokuyou.ne.jp
port = 25
security = plain
auth = none
username = %EMAILADDRESS%
source = ispdb 2026-03-12 kokuyou.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = kolabnow.com
source = k9 2023-10-11 kolabnow.com
domain = kolabnow.com

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 kolabnow.com

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 kolabnow.com
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = kolst.com
source = deltachat 2024-11-22 kolst.com.md
checked = 2019-09 source deltachat
domain = kolst.com
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = kontent.com
source = deltachat 2024-11-22 kontent.com.md
checked = 2018-06 source deltachat
domain = kontent.com
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = kpnmail.nl
source = ispdb 2026-03-12 kpnmail.nl.xml
domain = kpnmail.nl
domain = kpnplanet.nl
domain = planet.nl
domain = wxs.nl
domain = hetnet.nl
domain = freeler.nl
domain = snelnet.net
domain = on.nl
domain = onsbrabantnet.nl
domain = onsmail.nl
domain = onsnet.nu
domain = onsneteindhoven.nl
domain = onsnetnuenen.nl
domain = xs4all.nl
domain = telfort.nl
domain = tip.nl
domain = tiscali.nl
domain = tiscalimail.nl

[imap]
host = imap.kpnmail.nl
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 kpnmail.nl.xml

[imap]
host = imap.kpnmail.nl
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 kpnmail.nl.xml

[pop3]
host = pop.kpnmail.nl
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 kpnmail.nl.xml

[pop3]
host = pop.kpnmail.nl
port = 110
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 kpnmail.nl.xml

[smtp]
host = smtp.kpnmail.nl
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 kpnmail.nl.xml

[smtp]
host = smtp.kpnmail.nl
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 kpnmail.nl.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = krovatka.su
source = k9 2023-10-11 suqipkrovatkaimap
domain = krovatka.su

[imap]
host = imap.krovatka.su
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 suqipkrovatkaimap

[smtp]
host = smtp.krovatka.su
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 suqipkrovatkaimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = land.ru
source = k9 2023-10-11 ruqiplandimap
domain = land.ru

[imap]
host = imap.land.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqiplandimap

[smtp]
host = smtp.land.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqiplandimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = laposte.net
source = ispdb 2026-03-12 laposte.net.xml
domain = laposte.net

[imap]
host = imap.laposte.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 laposte.net.xml

[pop3]
host = pop.laposte.net
port = 995
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 laposte.net.xml

[smtp]
host = smtp.laposte.net
port = 465
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 laposte.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = legalprivilege.ch
source = k9 2023-10-11 legalprivilege.ch
domain = legalprivilege.ch

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 legalprivilege.ch

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 legalprivilege.ch
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = libero.it
source = ispdb 2026-03-12 libero.it.xml
domain = libero.it
domain = iol.it
domain = blu.it
domain = inwind.it
domain = giallo.it

[imap]
host = imapmail.libero.it
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 libero.it.xml

[pop3]
host = popmail.libero.it
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 libero.it.xml

[smtp]
host = smtp.libero.it
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 libero.it.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = libertymail.co
source = k9 2023-10-11 libertymail.co
domain = libertymail.co

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 libertymail.co

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 libertymail.co
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = libertymail.net
source = k9 2023-10-11 libertymail.net
domain = libertymail.net

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 libertymail.net

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 libertymail.net
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = linuxmail.com
source = k9 2023-10-11 linuxmail.org
domain = linuxmail.com

[imap]
host = imap.mail.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 linuxmail.org

[smtp]
host = smtp.mail.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 linuxmail.org
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mahoroba.ne.jp
source = ispdb 2026-03-12 mahoroba.ne.jp.xml
domain = mahoroba.ne.jp

[pop3]
host = mail.mahoroba.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 mahoroba.ne.jp.xml

[smtp]
host = mail.mahoroba.ne.jp
port = 587
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 mahoroba.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mail.com
status = preparation
source = ispdb mail.com.xml
source = deltachat mail.com.md
source = ispdb 2026-03-12 mail.com.xml
source = deltachat 2024-11-22 mail.com.md
source = mailcore2 2020-07-16 mail
source = k9 2023-10-11 mail.com
source = k9 2023-10-11 email.com
source = k9 2023-10-11 techie.com
source = k9 2023-10-11 usa.com
source = k9 2023-10-11 myself.com
source = k9 2023-10-11 consultant.com
source = k9 2023-10-11 post.com
source = k9 2023-10-11 europe.com
source = k9 2023-10-11 asia.com
source = k9 2023-10-11 iname.com
source = k9 2023-10-11 writeme.com
source = k9 2023-10-11 dr.com
source = k9 2023-10-11 engineer.com
source = k9 2023-10-11 cheerful.com
source = k9 2023-10-11 accountant.com
source = k9 2023-10-11 uymail.com
checked = 2024-03 source deltachat
domain = mail.com
domain = mail.org
domain = email.com
domain = post.com
domain = usa.com
domain = accountant.com
domain = consultant.com
domain = dr.com
domain = engineer.com
domain = cheerful.com
domain = techie.com
domain = linuxmail.org
domain = europe.com
domain = london.com
domain = uymail.com
domain = myself.com
domain = iname.com
domain = writeme.com
domain = 2die4.com
domain = activist.com
domain = adexec.com
domain = africamail.com
domain = aircraftmail.com
domain = alabama.usa.com
domain = alaska.usa.com
domain = allergist.com
domain = alumni.com
domain = alumnidirector.com
domain = americamail.com
domain = amorous.com
domain = angelic.com
domain = archaeologist.com
domain = arizona.usa.com
domain = artlover.com
domain = asia-mail.com
domain = atheist.com
domain = australiamail.com
domain = bartender.net
domain = berlin.com
domain = bigger.com
domain = bikerider.com
domain = birdlover.com
domain = blader.com
domain = boardermail.com
domain = brazilmail.com
domain = brew-master.com
domain = california.usa.com
domain = californiamail.com
domain = caress.com
domain = catlover.com
domain = chef.net
domain = chemist.com
domain = chinamail.com
domain = clerk.com
domain = cliffhanger.com
domain = collector.org
domain = columnist.com
domain = comic.com
domain = computer4u.com
domain = contractor.net
domain = coolsite.net
domain = counsellor.com
domain = count.com
domain = couple.com
domain = cutey.com
domain = cyberdude.com
domain = cybergal.com
domain = cyber-wizard.com
domain = dallasmail.com
domain = dbzmail.com
domain = deliveryman.com
domain = diplomats.com
domain = disciples.com
domain = doctor.com
domain = doglover.com
domain = doramail.com
domain = dublin.com
domain = earthling.net
domain = elvisfan.com
domain = englandmail.com
domain = europemail.com
domain = execs.com
domain = fan.com
domain = feelings.com
domain = financier.com
domain = fireman.net
domain = florida.usa.com
domain = footballer.com
domain = gardener.com
domain = geologist.com
domain = germanymail.com
domain = graduate.org
domain = graphic-designer.com
domain = hackermail.com
domain = hairdresser.net
domain = hilarious.com
domain = hockeymail.com
domain = homemail.com
domain = hot-shot.com
domain = hour.com
domain = humanoid.net
domain = illinois.usa.com
domain = innocent.com
domain = inorbit.com
domain = instruction.com
domain = instructor.net
domain = insurer.com
domain = irelandmail.com
domain = italymail.com
domain = japan.com
domain = journalist.com
domain = keromail.com
domain = kittymail.com
domain = koreamail.com
domain = lawyer.com
domain = legislator.com
domain = loveable.com
domain = lovecat.com
domain = mad.scientist.com
domain = madonnafan.com
domain = madrid.com
domain = marchmail.com
domain = mexicomail.com
domain = mindless.com
domain = minister.com
domain = mobsters.com
domain = monarchy.com
domain = moscowmail.com
domain = munich.com
domain = musician.org
domain = muslim.com
domain = newyork.usa.com
domain = null.net
domain = nycmail.com
domain = oath.com
domain = optician.com
domain = pacificwest.com
domain = petlover.com
domain = photographer.net
domain = playful.com
domain = poetic.com
domain = politician.com
domain = popstar.com
domain = presidency.com
domain = priest.com
domain = programmer.net
domain = publicist.com
domain = realtyagent.com
domain = reborn.com
domain = reggaefan.com
domain = religious.com
domain = repairman.com
domain = representative.com
domain = rescueteam.com
domain = revenue.com
domain = rocketship.com
domain = rockfan.com
domain = rome.com
domain = royal.net
domain = saintly.com
domain = salesperson.net
domain = sanfranmail.com
domain = scientist.com
domain = scotlandmail.com
domain = secretary.net
domain = seductive.com
domain = singapore.com
domain = snakebite.com
domain = songwriter.net
domain = soon.com
domain = spainmail.com
domain = teachers.org
domain = technologist.com
domain = texas.usa.com
domain = thegame.com
domain = therapist.net
domain = toke.com
domain = tokyo.com
domain = toothfairy.com
domain = tvstar.com
domain = umpire.com
domain = wallet.com
domain = webname.com
domain = weirdness.com
domain = who.net
domain = whoever.com
domain = winning.com
domain = witty.com
domain = worker.com
domain = workmail.com
domain = yours.com
domain = groupmail.com
domain = housemail.com
domain = mail-me.com
domain = auctioneer.net
domain = lobbyist.com
domain = orthodontist.net
domain = pediatrician.com
domain = physicist.net
domain = radiologist.net
domain = registerednurses.com
domain = socialworker.net
domain = sociologist.com
domain = clubmember.org
domain = nonpartisan.com
domain = greenmail.net
domain = theplate.com
domain = bsdmail.com
domain = cyberservices.com
domain = solution4u.com
domain = tech-center.com
domain = acdcfan.com
domain = discofan.com
domain = hiphopfan.com
domain = kissfans.com
domain = metalfan.com
domain = ninfan.com
domain = ravemail.com
domain = bellair.net
domain = pacific-ocean.com
domain = dutchmail.com
domain = arcticmail.com
domain = israelmail.com
domain = asia.com
domain = polandmail.com
domain = safrica.com
domain = samerica.com
domain = swedenmail.com
domain = swissmail.com
domain = torontomail.com
domain = cash4u.com
domain = disposable.com
domain = fastservice.com
domain = job4u.com
domain = net-shopping.com
domain = planetmail.com
domain = planetmail.net
domain = qualityservice.com
domain = surgical.net
domain = protestant.com
domain = reincarnate.com
domain = brew-meister.com
domain = galaxyhit.com
domain = 2trom.com

[note]
code = enable-imap
source = deltachat 2024-11-22 mail.com.md
checked = 2024-03 source deltachat

[imap]
host = imap.mail.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.com.xml
source = mailcore2 2020-07-16 mail
source = k9 2023-10-11 mail.com
source = k9 2023-10-11 email.com
source = k9 2023-10-11 techie.com
source = k9 2023-10-11 usa.com
source = k9 2023-10-11 myself.com
source = k9 2023-10-11 consultant.com
source = k9 2023-10-11 post.com
source = k9 2023-10-11 europe.com
source = k9 2023-10-11 asia.com
source = k9 2023-10-11 iname.com
source = k9 2023-10-11 writeme.com
source = k9 2023-10-11 dr.com
source = k9 2023-10-11 engineer.com
source = k9 2023-10-11 cheerful.com
source = k9 2023-10-11 accountant.com
source = k9 2023-10-11 uymail.com

[imap]
host = imap.mail.com
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.com.xml

[pop3]
host = pop.mail.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.com.xml
source = mailcore2 2020-07-16 mail

[pop3]
host = pop.mail.com
port = 110
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.com.xml

[smtp]
host = smtp.mail.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.com.xml
source = mailcore2 2020-07-16 mail
source = k9 2023-10-11 mail.com
source = k9 2023-10-11 email.com
source = k9 2023-10-11 techie.com
source = k9 2023-10-11 usa.com
source = k9 2023-10-11 myself.com
source = k9 2023-10-11 consultant.com
source = k9 2023-10-11 post.com
source = k9 2023-10-11 europe.com
source = k9 2023-10-11 asia.com
source = k9 2023-10-11 iname.com
source = k9 2023-10-11 writeme.com
source = k9 2023-10-11 dr.com
source = k9 2023-10-11 engineer.com
source = k9 2023-10-11 cheerful.com
source = k9 2023-10-11 accountant.com
source = k9 2023-10-11 uymail.com

[smtp]
host = smtp.mail.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mail.de
source = deltachat 2024-11-22 mail.de.md
checked = 2021-09 source deltachat
domain = mail.de

[imap]
host = imap.mail.de
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 mail.de.md
checked = 2021-09 source deltachat

[smtp]
host = smtp.mail.de
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 mail.de.md
checked = 2021-09 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mail.dk
source = ispdb 2026-03-12 mail.dk.xml
domain = mail.dk

[imap]
host = imap.mail.dk
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.dk.xml

[pop3]
host = pop3.mail.dk
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.dk.xml

[smtp]
host = asmtp.mail.dk
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.dk.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mail.ee
status = preparation
source = ispdb 2026-03-12 mail.ee.xml
domain = mail.ee

[note]
code = enable-imap
source = ispdb 2026-03-12 mail.ee.xml

[imap]
host = %EMAILDOMAIN%
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.ee.xml

[pop3]
host = %EMAILDOMAIN%
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.ee.xml

[smtp]
host = %EMAILDOMAIN%
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.ee.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mail.iwafune.ne.jp
source = ispdb 2026-03-12 mail.iwafune.ne.jp.xml
domain = mail.iwafune.ne.jp

[pop3]
host = mail.iwafune.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 mail.iwafune.ne.jp.xml

[smtp]
host = mail.iwafune.ne.jp
port = 25
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 mail.iwafune.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mail.jubii.dk
source = ispdb 2026-03-12 mail.jubii.dk.xml
domain = mail.jubii.dk
domain = christensen.dk
domain = christiansen.dk
domain = eriksen.dk
domain = frandsen.dk
domain = frederiksen.dk
domain = hansen.dk
domain = henningsen.dk
domain = henriksen.dk
domain = iversen.dk
domain = jacobsen.dk
domain = jakobsen.dk
domain = johansen.dk
domain = knudsen.dk
domain = larsen.dk
domain = laursen.dk
domain = madsen.dk
domain = mathiesen.dk
domain = mikaelsen.dk
domain = mikkelsen.dk
domain = mortensen.dk
domain = olesen.dk
domain = pedersen.dk
domain = petersen.dk
domain = poulsen.dk
domain = rasmussen.dk
domain = simonsen.dk
domain = sorensen.dk
domain = svendsen.dk
domain = thomsen.dk
domain = vestergaard.dk
domain = 123mail.dk
domain = 12fuel.dk
domain = 12mail.dk
domain = 12move.dk
domain = 2night.dk
domain = 2senior.dk
domain = 9260.dk
domain = anarki.dk
domain = anderledes.dk
domain = backbone.dk
domain = bedstemail.dk
domain = begavet.dk
domain = bemybaby.dk
domain = bitnisse.dk
domain = city.dk
domain = cool.dk
domain = cyberdude.dk
domain = cyberjunkie.dk
domain = dancemail.dk
domain = e-box.dk
domain = elinstallatoer.dk
domain = elsker.dk
domain = elvis.dk
domain = email.dk
domain = e-mail.dk
domain = e-postboks.dk
domain = fald.dk
domain = fedt.dk
domain = feminin.dk
domain = flirt.dk
domain = forening.dk
domain = fraekkert.dk
domain = funkymail.dk
domain = gadefejer.dk
domain = gaf-net.dk
domain = gason.dk
domain = grin.dk
domain = groovymail.dk
domain = grov.dk
domain = hammergod.dk
domain = hardworking.dk
domain = heaven.dk
domain = heavymail.dk
domain = hemmelig.dk
domain = hippie.dk
domain = huleboer.dk
domain = husk-mig.dk
domain = hyperpost.dk
domain = iloveu.dk
domain = inbound.dk
domain = indbakke.dk
domain = infile.dk
domain = info.dk
domain = io.dk
domain = it.dk
domain = jubii.dk
domain = jubiichat.dk
domain = jubiiconnect.dk
domain = jubiigames.dk
domain = jubiimail.dk
domain = jubiipost.dk
domain = jubiipostadresse.dk
domain = jyde.dk
domain = klog.dk
domain = knus.dk
domain = krudt.dk
domain = kulturel.dk
domain = kvalme.dk
domain = lazy.dk
domain = lystig.dk
domain = mail4.dk
domain = mail6.dk
domain = mail8.dk
domain = maildanmark.dk
domain = mail-mig.dk
domain = mailroyal.dk
domain = mailster.dk
domain = manmail.dk
domain = maskulin.dk
domain = min-postkasse.dk
domain = minprivatemail.dk
domain = musling.dk
domain = natteliv.dk
domain = netbruger.dk
domain = nicemail.dk
domain = nospam.dk
domain = pedal.dk
domain = pengemand.dk
domain = pokerface.dk
domain = popme.dk
domain = postman.dk
domain = privatmail.dk
domain = privatpost.dk
domain = quake.dk
domain = ready.dk
domain = retromail.dk
domain = ringmybell.dk
domain = secret.dk
domain = sexysurfer.dk
domain = skrivnu.dk
domain = sleepy.dk
domain = sporty.dk
domain = submail.dk
domain = superbruger.dk
domain = talent.dk
domain = tanke.dk
domain = tastmig.dk
domain = taxidriver.dk
domain = teens.dk
domain = teknik.dk
domain = tjekket.dk
domain = trashcan.dk
domain = trustme.dk
domain = ungdom.dk
domain = video.dk
domain = vittig.dk
domain = wildwildweb.dk
domain = zoomail.dk
domain = zybermail.dk

[imap]
host = imap.jubii.dk
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.jubii.dk.xml

[pop3]
host = imap.jubii.dk
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.jubii.dk.xml

[smtp]
host = smtp.jubii.dk
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.jubii.dk.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mail.ru
name = Mail.ru
status = preparation
source = ispdb mail.ru.xml
source = deltachat mail.ru.md
source = ispdb 2026-03-12 mail.ru.xml
source = deltachat 2024-11-22 mail.ru.md
source = mailcore2 2020-07-16 mailru
source = k9 2023-10-11 rumailmailimap
source = k9 2023-10-11 rumailinboximap
source = k9 2023-10-11 rumaillistimap
source = k9 2023-10-11 rumailbkimap
checked = 2021-07 source deltachat
domain = mail.ru
domain = inbox.ru
domain = list.ru
domain = bk.ru
domain = corp.mail.ru
domain = internet.ru
domain = mail.ua
mx = mail.ru

[note]
code = app-password
source = deltachat 2024-11-22 mail.ru.md
checked = 2021-07 source deltachat

[imap]
host = imap.mail.ru
port = 993
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.ru.xml
source = deltachat 2024-11-22 mail.ru.md
source = mailcore2 2020-07-16 mailru
source = k9 2023-10-11 rumailmailimap
source = k9 2023-10-11 rumailinboximap
source = k9 2023-10-11 rumaillistimap
source = k9 2023-10-11 rumailbkimap
checked = 2021-07 source deltachat

[imap]
host = imap.mail.ru
port = 143
security = starttls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.ru.xml
source = mailcore2 2020-07-16 mailru

[pop3]
host = pop.mail.ru
port = 995
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.ru.xml

[pop3]
host = pop.mail.ru
port = 110
security = starttls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.ru.xml

[smtp]
host = smtp.mail.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.ru.xml
source = deltachat 2024-11-22 mail.ru.md
source = mailcore2 2020-07-16 mailru
source = k9 2023-10-11 rumailmailimap
source = k9 2023-10-11 rumailinboximap
source = k9 2023-10-11 rumaillistimap
source = k9 2023-10-11 rumailbkimap
checked = 2021-07 source deltachat

[smtp]
host = smtp.mail.ru
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mail.ru.xml

[oauth2]
issuer = o2.mail.ru
scope = mail.imap
auth-url = https://o2.mail.ru/login
token-url = https://o2.mail.ru/token
source = ispdb 2026-03-12 mail.ru.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mail.wind.ne.jp
source = ispdb 2026-03-12 mail.wind.ne.jp.xml
domain = mail.wind.ne.jp
domain = mail.wind.jp
domain = mail.wind.co.jp
domain = mail.gunmanet.or.jp
domain = mail.gunmanet.ne.jp
domain = mail.gunmanet.jp

[pop3]
host = mail.wind.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 mail.wind.ne.jp.xml

[smtp]
host = mail.wind.ne.jp
port = 587
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 mail.wind.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mail15.com
source = k9 2023-10-11 comqipmail15imap
domain = mail15.com

[imap]
host = imap.mail15.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 comqipmail15imap

[smtp]
host = smtp.mail15.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 comqipmail15imap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mail2tor
status = preparation
source = deltachat 2024-11-22 mail2tor.md
checked = 2021-08-15 source deltachat
domain = mail2tor.com
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mail333.com
source = k9 2023-10-11 comqipmail333imap
domain = mail333.com

[imap]
host = imap.mail333.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 comqipmail333imap

[smtp]
host = smtp.mail333.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 comqipmail333imap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mailatlaw.ch
source = k9 2023-10-11 mailatlaw.ch
domain = mailatlaw.ch

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 mailatlaw.ch

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 mailatlaw.ch
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mailbox-org
name = mailbox.org
source = mailconf https://kb.mailbox.org/en/private/e-mail/e-mail-configuration
source = mailconf https://kb.mailbox.org/en/business/e-mail/e-mail-configuration/
source = deltachat 2024-11-22 mailbox.org.md
source = k9 2023-10-11 mailbox.org
checked = 2026-11-28 help-page
checked = 2019-03 source deltachat
domain = mailbox.org
domain = secure.mailbox.org
mx = mailbox.org

[imap]
host = imap.mailbox.org
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://kb.mailbox.org/en/private/e-mail/e-mail-configuration
source = mailconf https://kb.mailbox.org/en/business/e-mail/e-mail-configuration/
source = deltachat 2024-11-22 mailbox.org.md
checked = 2026-11-28 help-page
checked = 2019-03 source deltachat

[pop3]
host = pop3.mailbox.org
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://kb.mailbox.org/en/private/e-mail/e-mail-configuration
source = mailconf https://kb.mailbox.org/en/business/e-mail/e-mail-configuration/
checked = 2026-11-28 help-page

[smtp]
host = smtp.mailbox.org
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://kb.mailbox.org/en/private/e-mail/e-mail-configuration
source = mailconf https://kb.mailbox.org/en/business/e-mail/e-mail-configuration/
source = deltachat 2024-11-22 mailbox.org.md
checked = 2026-11-28 help-page
checked = 2019-03 source deltachat

[smtp]
host = smtp.mailbox.org
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://kb.mailbox.org/en/private/e-mail/e-mail-configuration
source = mailconf https://kb.mailbox.org/en/business/e-mail/e-mail-configuration/
source = k9 2023-10-11 mailbox.org
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mailo.com
source = deltachat 2024-11-22 mailo.com.md
source = k9 2023-10-11 mailo.com
checked = 2020-02 source deltachat
domain = mailo.com

[imap]
host = imap.mailo.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 mailo.com.md
checked = 2020-02 source deltachat

[smtp]
host = smtp.mailo.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 mailo.com.md
checked = 2020-02 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = medmail.ch
source = k9 2023-10-11 medmail.ch
domain = medmail.ch

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 medmail.ch

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 medmail.ch
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mehl.cloud
source = deltachat 2024-11-22 mehl.cloud.md
checked = 2024-06 source deltachat
domain = mehl.cloud

[imap]
host = mehl.cloud
port = 443
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 mehl.cloud.md
checked = 2024-06 source deltachat

[smtp]
host = mehl.cloud
port = 443
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 mehl.cloud.md
checked = 2024-06 source deltachat

[imap]
host = mehl.cloud
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 mehl.cloud.md
checked = 2024-06 source deltachat

[smtp]
host = mehl.cloud
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 mehl.cloud.md
checked = 2024-06 source deltachat

[imap]
host = mehl.cloud
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 mehl.cloud.md
checked = 2024-06 source deltachat

[smtp]
host = mehl.cloud
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 mehl.cloud.md
checked = 2024-06 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mehl.store
source = deltachat 2024-11-22 mehl.store.md
checked = 2024-02 source deltachat
domain = mehl.store
domain = ende.in.net
domain = l2i.top
domain = szh.homes
domain = sls.post.in
domain = ente.quest
domain = ente.cfd
domain = nein.jetzt

[imap]
host = mail.ende.in.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 mehl.store.md
checked = 2024-02 source deltachat

[smtp]
host = mail.ende.in.net
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 mehl.store.md
checked = 2024-02 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = memori.ru
source = k9 2023-10-11 ruqipmemoriimap
domain = memori.ru

[imap]
host = imap.memori.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipmemoriimap

[smtp]
host = smtp.memori.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipmemoriimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = microsoft365
name = Microsoft 365
status = preparation
source = mailconf https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth
source = mailconf https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission
source = mailconf https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365
source = mailconf https://techcommunity.microsoft.com/t5/exchange-team-blog/implementing-inbound-smtp-dane-with-dnssec-for-exchange-online/ba-p/3939694
source = mailconf https://techcommunity.microsoft.com/t5/exchange-team-blog/exchange-online-to-retire-basic-auth-for-client-submission-smtp/ba-p/4114750
source = mailconf https://learn.microsoft.com/en-us/azure/active-directory/develop/active-directory-v2-protocols-oauth-code
source = ispdb office365.com.xml
source = ispdb 2026-03-12 office365.com.xml
checked = 2026-12-04 help-page
domain = office365.com
domain = onmicrosoft.com
domain = mail.protection.outlook.com
mx = mail.protection.outlook.com
mx = mx.microsoft
mx = mail.eo.outlook.com

[note]
code = oauth2-only
source = mailconf https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth
source = mailconf https://techcommunity.microsoft.com/t5/exchange-team-blog/exchange-online-to-retire-basic-auth-for-client-submission-smtp/ba-p/4114750
source = ispdb 2026-03-12 office365.com.xml
checked = 2026-12-04 help-page

[note]
code = admin-must-enable
source = mailconf https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission
checked = 2026-12-04 help-page

[imap]
host = outlook.office365.com
port = 993
security = tls
auth = oauth2
username = %EMAILADDRESS%
source = mailconf https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth
source = ispdb 2026-03-12 office365.com.xml
checked = 2026-11-28 help-page

[pop3]
host = outlook.office365.com
port = 995
security = tls
auth = oauth2
username = %EMAILADDRESS%
source = mailconf https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth
source = ispdb 2026-03-12 office365.com.xml
checked = 2026-11-28 help-page

[smtp]
host = smtp.office365.com
port = 587
security = starttls
auth = oauth2
username = %EMAILADDRESS%
source = mailconf https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365
source = mailconf https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission
source = ispdb 2026-03-12 office365.com.xml
checked = 2026-12-04 help-page

[ews]
url = https://outlook.office365.com/ews/exchange.asmx
auth = oauth2
username = %EMAILADDRESS%
source = ispdb 2026-03-12 office365.com.xml

[owa]
url = https://outlook.office365.com/owa/
auth = oauth2
username = %EMAILADDRESS%
source = ispdb 2026-03-12 office365.com.xml

[graph]
url = https://graph.microsoft.com/
auth = oauth2
username = %EMAILADDRESS%
source = ispdb 2026-03-12 office365.com.xml

[oauth2]
issuer = login.microsoftonline.com
scope = https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access
auth-url = https://login.microsoftonline.com/common/oauth2/v2.0/authorize
token-url = https://login.microsoftonline.com/common/oauth2/v2.0/token
source = mailconf https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth
source = mailconf https://learn.microsoft.com/en-us/azure/active-directory/develop/active-directory-v2-protocols-oauth-code
checked = 2026-12-04 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = migadu.com
name = Migadu
source = mailconf https://migadu.com/guides/imap/
source = deltachat 2024-11-22 migadu.md
checked = 2026-11-28 help-page
checked = 2024-09 source deltachat
domain = migadu.com
mx = migadu.com

[imap]
host = imap.migadu.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://migadu.com/guides/imap/
source = deltachat 2024-11-22 migadu.md
checked = 2026-11-28 help-page
checked = 2024-09 source deltachat

[pop3]
host = pop.migadu.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://migadu.com/guides/imap/
checked = 2026-11-28 help-page

[smtp]
host = smtp.migadu.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://migadu.com/guides/imap/
source = deltachat 2024-11-22 migadu.md
checked = 2026-11-28 help-page
checked = 2024-09 source deltachat

[smtp]
host = smtp.migadu.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://migadu.com/guides/imap/
source = deltachat 2024-11-22 migadu.md
checked = 2026-11-28 help-page
checked = 2024-09 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mit.edu
source = ispdb 2026-03-12 mit.edu.xml
domain = mit.edu

[imap]
host = outlook.office365.com
port = 993
security = tls
auth = oauth2
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mit.edu.xml

[smtp]
host = outgoing.mit.edu
port = 465
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 mit.edu.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ml.murakami.ne.jp
source = ispdb 2026-03-12 ml.murakami.ne.jp.xml
domain = ml.murakami.ne.jp

[pop3]
host = ml.murakami.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 ml.murakami.ne.jp.xml

[smtp]
host = ml.murakami.ne.jp
port = 25
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 ml.murakami.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mnet.ne.jp
source = ispdb 2026-03-12 mnet.ne.jp.xml
domain = mnet.ne.jp

[imap]
host = mail.mnet.ne.jp
port = 993
security = tls
auth = password-encrypted password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mnet.ne.jp.xml

[imap]
host = mail.mnet.ne.jp
port = 143
security = starttls
auth = password-encrypted password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mnet.ne.jp.xml

[pop3]
host = mail.mnet.ne.jp
port = 995
security = tls
auth = password-encrypted password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mnet.ne.jp.xml

[pop3]
host = mail.mnet.ne.jp
port = 110
security = starttls
auth = password-encrypted password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mnet.ne.jp.xml

[smtp]
host = mail.mnet.ne.jp
port = 587
security = starttls
auth = password-encrypted password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mnet.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = montclair.edu
source = k9 2023-10-11 montclair.edu
domain = montclair.edu

[imap]
host = mail.montclair.edu
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = k9 2023-10-11 montclair.edu

[smtp]
host = smtp.montclair.edu
port = 587
security = starttls
auth = password-cleartext
username = %EMAILLOCALPART%
source = k9 2023-10-11 montclair.edu
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mopera.net
source = ispdb 2026-03-12 mopera.net.xml
domain = mopera.net

[imap]
host = mail.mopera.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 mopera.net.xml

[imap]
host = mail.mopera.net
port = 143
security = starttls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 mopera.net.xml

[pop3]
host = mail.mopera.net
port = 995
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 mopera.net.xml

[pop3]
host = mail.mopera.net
port = 110
security = starttls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 mopera.net.xml

[smtp]
host = mail.mopera.net
port = 465
security = tls
auth = password-encrypted
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 mopera.net.xml

[smtp]
host = mail.mopera.net
port = 587
security = starttls
auth = password-encrypted
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 mopera.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mx1.tiki.ne.jp
source = ispdb 2026-03-12 mx1.tiki.ne.jp.xml
domain = mx1.tiki.ne.jp
domain = mx2.et.tiki.ne.jp
domain = mx2.tiki.ne.jp
domain = mx2.wt.tiki.ne.jp
domain = mx3.et.tiki.ne.jp
domain = mx3.tiki.ne.jp
domain = mx4.et.tiki.ne.jp
domain = mx4.tiki.ne.jp
domain = mx5.et.tiki.ne.jp
domain = mx5.tiki.ne.jp
domain = mx6.et.tiki.ne.jp
domain = mx6.tiki.ne.jp
domain = mx7.tiki.ne.jp
domain = mx8.tiki.ne.jp
domain = mx9.tiki.ne.jp
domain = mx21.tiki.ne.jp
domain = mx22.tiki.ne.jp
domain = mx31.tiki.ne.jp
domain = mx32.tiki.ne.jp
domain = mx35.tiki.ne.jp
domain = mx36.tiki.ne.jp
domain = mx41.tiki.ne.jp
domain = mx51.et.tiki.ne.jp
domain = mx51.tiki.ne.jp
domain = mx52.tiki.ne.jp
domain = mx61.tiki.ne.jp
domain = mx71.tiki.ne.jp
domain = mx81.tiki.ne.jp
domain = mx82.tiki.ne.jp
domain = mx91.tiki.ne.jp
domain = ma100.tiki.ne.jp

[pop3]
host = %EMAILDOMAIN%
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 mx1.tiki.ne.jp.xml

[smtp]
host = smtp-auth.tiki.ne.jp
port = 587
security = plain
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 mx1.tiki.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mycosmos.gr
source = k9 2023-10-11 mycosmos.gr
domain = mycosmos.gr

[imap]
host = mail.mycosmos.gr
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 mycosmos.gr

[smtp]
host = mail.mycosmos.gr
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 mycosmos.gr
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mykolab.ch
source = k9 2023-10-11 mykolab.ch
domain = mykolab.ch

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 mykolab.ch

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 mykolab.ch
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = mykolab.com
source = k9 2023-10-11 mykolab.com
domain = mykolab.com

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 mykolab.com

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 mykolab.com
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = myswissmail.ch
source = k9 2023-10-11 myswissmail.ch
domain = myswissmail.ch

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 myswissmail.ch

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 myswissmail.ch
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = nauta.cu
source = deltachat 2024-11-22 nauta.cu.md
checked = 2024-01 source deltachat
domain = nauta.cu

[imap]
host = imap.nauta.cu
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 nauta.cu.md
checked = 2024-01 source deltachat

[smtp]
host = smtp.nauta.cu
port = 25
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 nauta.cu.md
checked = 2024-01 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = naver.com
status = preparation
source = ispdb naver.com.xml
source = deltachat naver.md
source = ispdb 2026-03-12 naver.com.xml
source = deltachat 2024-11-22 naver.md
source = k9 2023-10-11 naver
checked = 2021-06 source deltachat
domain = naver.com

[note]
code = enable-imap
source = deltachat 2024-11-22 naver.md
checked = 2021-06 source deltachat

[imap]
host = imap.naver.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 naver.com.xml

[pop3]
host = pop.naver.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 naver.com.xml

[smtp]
host = smtp.naver.com
port = 465
security = tls
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 naver.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = net-c.fr
source = k9 2023-10-11 net-c.fr
domain = net-c.fr

[imap]
host = mail.mailo.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 net-c.fr

[smtp]
host = mail.mailo.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 net-c.fr
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = newmail.ru
source = k9 2023-10-11 ruqipnewmailimap
domain = newmail.ru

[imap]
host = imap.newmail.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipnewmailimap

[smtp]
host = smtp.newmail.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipnewmailimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = nifty.com
source = ispdb 2026-03-12 nifty.com.xml
domain = nifty.com

[pop3]
host = pop.nifty.com
port = 110
security = plain
auth = password-encrypted
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 nifty.com.xml

[smtp]
host = smtp.nifty.com
port = 587
security = plain
auth = password-encrypted
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 nifty.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = nightmail.ru
source = k9 2023-10-11 ruqipnightmailimap
domain = nightmail.ru

[imap]
host = imap.nightmail.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipnightmailimap

[smtp]
host = smtp.nightmail.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipnightmailimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = nili.ca
source = ispdb 2026-03-12 nili.ca.xml
domain = nili.ca

[imap]
host = email.nili.email
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 nili.ca.xml

[pop3]
host = email.nili.email
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 nili.ca.xml

[smtp]
host = email.nili.email
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 nili.ca.xml

[smtp]
host = email.nili.email
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 nili.ca.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = nine.testrun.org
source = deltachat 2024-11-22 nine.testrun.org.md
checked = 2024-06 source deltachat
domain = nine.testrun.org

[imap]
host = nine.testrun.org
port = 443
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 nine.testrun.org.md
checked = 2024-06 source deltachat

[smtp]
host = nine.testrun.org
port = 443
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 nine.testrun.org.md
checked = 2024-06 source deltachat

[imap]
host = nine.testrun.org
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 nine.testrun.org.md
checked = 2024-06 source deltachat

[smtp]
host = nine.testrun.org
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 nine.testrun.org.md
checked = 2024-06 source deltachat

[imap]
host = nine.testrun.org
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 nine.testrun.org.md
checked = 2024-06 source deltachat

[smtp]
host = nine.testrun.org
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 nine.testrun.org.md
checked = 2024-06 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = nm.ru
source = k9 2023-10-11 ruqipnmimap
domain = nm.ru

[imap]
host = imap.nm.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipnmimap

[smtp]
host = smtp.nm.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipnmimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = nsat.jp
source = ispdb 2026-03-12 nsat.jp.xml
domain = nsat.jp

[pop3]
host = mail.nsat.jp
port = 110
security = plain
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 nsat.jp.xml

[smtp]
host = mail.nsat.jp
port = 587
security = plain
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 nsat.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ntlworld.com
source = ispdb 2026-03-12 ntlworld.com.xml
source = k9 2023-10-11 ntlworld.com
domain = ntlworld.com

[imap]
host = imap.ntlworld.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 ntlworld.com.xml

[pop3]
host = pop3.ntlworld.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 ntlworld.com.xml

[smtp]
host = smtp.ntlworld.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 ntlworld.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = nubo.coop
source = deltachat 2024-11-22 nubo.coop.md
checked = 2022-12 source deltachat
domain = nubo.coop

[imap]
host = mail.nubo.coop
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 nubo.coop.md
checked = 2022-12 source deltachat

[smtp]
host = mail.nubo.coop
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 nubo.coop.md
checked = 2022-12 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = o2.pl
source = ispdb 2026-03-12 o2.pl.xml
source = mailcore2 2020-07-16 o2.pl
domain = o2.pl
domain = go2.pl
domain = tlen.pl
domain = prokonto.pl

[imap]
host = poczta.o2.pl
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 o2.pl.xml
source = mailcore2 2020-07-16 o2.pl

[pop3]
host = poczta.o2.pl
port = 995
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 o2.pl.xml

[smtp]
host = poczta.o2.pl
port = 465
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 o2.pl.xml
source = mailcore2 2020-07-16 o2.pl

[smtp]
host = poczta.o2.pl
port = 587
security = starttls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 o2.pl.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ocn.ne.jp
source = ispdb 2026-03-12 ocn.ne.jp.xml
domain = ocn.ne.jp
domain = ocn.ad.jp

[pop3]
host = pop.ocn.ne.jp
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 ocn.ne.jp.xml

[smtp]
host = smtp.ocn.ne.jp
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 ocn.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = one.com
name = one.com
source = ispdb one.com.xml
source = ispdb 2026-03-12 one.com.xml
domain = one.com
mx = one.com

[imap]
host = imap.one.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 one.com.xml

[smtp]
host = send.one.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 one.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = one.cz
source = ispdb 2026-03-12 one.cz.xml
domain = one.cz

[imap]
host = imap.registrator.cz
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 one.cz.xml

[pop3]
host = pop3.registrator.cz
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 one.cz.xml

[smtp]
host = smtp.registrator.cz
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 one.cz.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = onet.pl
source = ispdb 2026-03-12 onet.pl.xml
domain = onet.pl
domain = onet.eu
domain = poczta.onet.pl
domain = poczta.onet.eu
domain = op.pl
domain = vp.pl
domain = autograf.pl
domain = buziaczek.pl
domain = amorki.pl
domain = republika.pl
domain = adres.pl
domain = cyberia.pl
domain = onet.com.pl
domain = opoczta.pl
domain = pseudonim.pl
domain = spoko.pl
domain = vip.onet.pl

[imap]
host = imap.poczta.onet.pl
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 onet.pl.xml

[pop3]
host = pop3.poczta.onet.pl
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 onet.pl.xml

[smtp]
host = smtp.poczta.onet.pl
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 onet.pl.xml

[smtp]
host = smtp.poczta.onet.pl
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 onet.pl.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = opengroupware.ch
source = k9 2023-10-11 opengroupware.ch
domain = opengroupware.ch

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 opengroupware.ch

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 opengroupware.ch
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = openmailbox
source = mailcore2 2020-07-16 openmailbox
domain = openmailbox.org

[imap]
host = imap.openmailbox.org
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 openmailbox

[smtp]
host = smtp.openmailbox.org
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 openmailbox
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = orange.fr
name = Orange
source = ispdb orange.fr.xml
source = ispdb 2026-03-12 orange.fr.xml
domain = orange.fr
domain = wanadoo.fr
mx = orange.fr

[imap]
host = imap.orange.fr
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 orange.fr.xml

[pop3]
host = pop.orange.fr
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 orange.fr.xml

[smtp]
host = smtp.orange.fr
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 orange.fr.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = otenet.gr
source = k9 2023-10-11 otenet.gr
domain = otenet.gr

[imap]
host = imap.otenet.gr
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 otenet.gr

[smtp]
host = mailgate.otenet.gr
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 otenet.gr
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = outlookcom
name = Outlook.com
status = preparation
source = mailconf https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353
source = mailconf https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth
source = ispdb 2026-03-12 hotmail.com.xml
source = deltachat 2024-11-22 outlook.com.md
source = mailcore2 2020-07-16 outlook
source = k9 2023-10-11 outlook.com
source = k9 2023-10-11 hotmail.com
source = k9 2023-10-11 msn.com
source = k9 2023-10-11 live.com
source = k9 2023-10-11 live.co.uk
source = k9 2023-10-11 hotmail.co.uk
source = k9 2023-10-11 outlook.sk
checked = 2026-12-04 help-page
checked = 2024-11 source deltachat
domain = outlook.com
domain = hotmail.com
domain = live.com
domain = msn.com
domain = windowslive.com
domain = outlook.at
domain = outlook.be
domain = outlook.cl
domain = outlook.cz
domain = outlook.de
domain = outlook.dk
domain = outlook.es
domain = outlook.fr
domain = outlook.hu
domain = outlook.ie
domain = outlook.in
domain = outlook.it
domain = outlook.jp
domain = outlook.kr
domain = outlook.lv
domain = outlook.my
domain = outlook.ph
domain = outlook.pt
domain = outlook.sa
domain = outlook.sg
domain = outlook.sk
domain = outlook.co.id
domain = outlook.co.il
domain = outlook.co.th
domain = outlook.com.ar
domain = outlook.com.au
domain = outlook.com.br
domain = outlook.com.gr
domain = outlook.com.tr
domain = outlook.com.vn
domain = hotmail.be
domain = hotmail.ca
domain = hotmail.cl
domain = hotmail.cz
domain = hotmail.de
domain = hotmail.dk
domain = hotmail.es
domain = hotmail.fi
domain = hotmail.fr
domain = hotmail.gr
domain = hotmail.hu
domain = hotmail.it
domain = hotmail.lt
domain = hotmail.lv
domain = hotmail.my
domain = hotmail.nl
domain = hotmail.no
domain = hotmail.ph
domain = hotmail.rs
domain = hotmail.se
domain = hotmail.sg
domain = hotmail.sk
domain = hotmail.co.id
domain = hotmail.co.il
domain = hotmail.co.in
domain = hotmail.co.jp
domain = hotmail.co.kr
domain = hotmail.co.th
domain = hotmail.co.uk
domain = hotmail.co.za
domain = hotmail.com.ar
domain = hotmail.com.au
domain = hotmail.com.br
domain = hotmail.com.hk
domain = hotmail.com.tr
domain = hotmail.com.tw
domain = hotmail.com.vn
domain = live.at
domain = live.be
domain = live.ca
domain = live.cl
domain = live.cn
domain = live.de
domain = live.dk
domain = live.fi
domain = live.fr
domain = live.hk
domain = live.ie
domain = live.in
domain = live.it
domain = live.jp
domain = live.nl
domain = live.no
domain = live.ru
domain = live.se
domain = live.co.jp
domain = live.co.kr
domain = live.co.uk
domain = live.co.za
domain = live.com.ar
domain = live.com.au
domain = live.com.mx
domain = live.com.my
domain = live.com.ph
domain = live.com.pt
domain = live.com.sg
domain = livemail.tw
domain = olc.protection.outlook.com
domain = outlook.co.nz
domain = outlook.com.pe
domain = hotmail.com.mx
mx = olc.protection.outlook.com
mx = mail.outlook.com

[note]
code = oauth2-only
source = mailconf https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353
source = mailconf https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth
source = ispdb 2026-03-12 hotmail.com.xml
checked = 2026-12-04 help-page

[note]
code = enable-imap
source = mailconf https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353
checked = 2026-12-04 help-page

[imap]
host = outlook.office365.com
port = 993
security = tls
auth = oauth2
username = %EMAILADDRESS%
source = mailconf https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353
source = mailconf https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth
source = ispdb 2026-03-12 hotmail.com.xml
source = deltachat 2024-11-22 outlook.com.md
source = k9 2023-10-11 outlook.com
source = k9 2023-10-11 hotmail.com
source = k9 2023-10-11 msn.com
source = k9 2023-10-11 live.com
source = k9 2023-10-11 live.co.uk
source = k9 2023-10-11 hotmail.co.uk
source = k9 2023-10-11 outlook.sk
checked = 2026-12-04 help-page
checked = 2024-11 source deltachat

[pop3]
host = outlook.office365.com
port = 995
security = tls
auth = oauth2
username = %EMAILADDRESS%
source = mailconf https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353
source = mailconf https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth
source = ispdb 2026-03-12 hotmail.com.xml
checked = 2026-12-04 help-page

[smtp]
host = smtp-mail.outlook.com
port = 587
security = starttls
auth = oauth2
username = %EMAILADDRESS%
source = mailconf https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353
source = mailconf https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth
source = ispdb 2026-03-12 hotmail.com.xml
source = mailcore2 2020-07-16 outlook
checked = 2026-12-04 help-page

[oauth2]
issuer = login.microsoftonline.com
scope = https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access
auth-url = https://login.microsoftonline.com/common/oauth2/v2.0/authorize
token-url = https://login.microsoftonline.com/common/oauth2/v2.0/token
source = mailconf https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353
source = mailconf https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth
checked = 2026-12-04 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ouvaton.coop
source = deltachat 2024-11-22 ouvaton.coop.md
checked = 2022-12 source deltachat
domain = ouvaton.org

[imap]
host = imap.ouvaton.coop
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 ouvaton.coop.md
checked = 2022-12 source deltachat

[smtp]
host = smtp.ouvaton.coop
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 ouvaton.coop.md
checked = 2022-12 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ovhcloud-ca
name = OVHcloud
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/email_and_collaborative_solutions/mx_plan/email_generalities/guide.en-ca.md
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/domains/dns_zone_mx/guide.en-ca.md
checked = 2026-11-28 help-page
mx = ovh.ca

[imap]
host = imap.mail.ovh.ca
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/email_and_collaborative_solutions/mx_plan/email_generalities/guide.en-ca.md
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/domains/dns_zone_mx/guide.en-ca.md
checked = 2026-11-28 help-page

[pop3]
host = pop.mail.ovh.ca
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/email_and_collaborative_solutions/mx_plan/email_generalities/guide.en-ca.md
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/domains/dns_zone_mx/guide.en-ca.md
checked = 2026-11-28 help-page

[smtp]
host = smtp.mail.ovh.ca
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/email_and_collaborative_solutions/mx_plan/email_generalities/guide.en-ca.md
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/domains/dns_zone_mx/guide.en-ca.md
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ovhcloud-eu
name = OVHcloud
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/email_and_collaborative_solutions/mx_plan/email_generalities/guide.en-gb.md
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/email_and_collaborative_solutions/mx_plan/email_generalities/guide.en-ca.md
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/domains/dns_zone_mx/guide.en-gb.md
source = ispdb ovh.net.xml
source = ispdb 2026-03-12 ovh.net.xml
source = mailcore2 2020-07-16 ovh
checked = 2026-11-28 help-page
domain = ovh.net
mx = ovh.net

[imap]
host = ssl0.ovh.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/email_and_collaborative_solutions/mx_plan/email_generalities/guide.en-gb.md
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/email_and_collaborative_solutions/mx_plan/email_generalities/guide.en-ca.md
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/domains/dns_zone_mx/guide.en-gb.md
source = ispdb 2026-03-12 ovh.net.xml
checked = 2026-11-28 help-page

[imap]
host = imap.mail.ovh.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/email_and_collaborative_solutions/mx_plan/email_generalities/guide.en-gb.md
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/email_and_collaborative_solutions/mx_plan/email_generalities/guide.en-ca.md
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/domains/dns_zone_mx/guide.en-gb.md
checked = 2026-11-28 help-page

[pop3]
host = ssl0.ovh.net
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/email_and_collaborative_solutions/mx_plan/email_generalities/guide.en-gb.md
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/email_and_collaborative_solutions/mx_plan/email_generalities/guide.en-ca.md
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/domains/dns_zone_mx/guide.en-gb.md
source = ispdb 2026-03-12 ovh.net.xml
checked = 2026-11-28 help-page

[smtp]
host = ssl0.ovh.net
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/email_and_collaborative_solutions/mx_plan/email_generalities/guide.en-gb.md
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/email_and_collaborative_solutions/mx_plan/email_generalities/guide.en-ca.md
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/domains/dns_zone_mx/guide.en-gb.md
source = ispdb 2026-03-12 ovh.net.xml
checked = 2026-11-28 help-page

[smtp]
host = smtp.mail.ovh.net
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/email_and_collaborative_solutions/mx_plan/email_generalities/guide.en-gb.md
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/email_and_collaborative_solutions/mx_plan/email_generalities/guide.en-ca.md
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/domains/dns_zone_mx/guide.en-gb.md
checked = 2026-11-28 help-page

[smtp]
host = ssl0.ovh.net
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/email_and_collaborative_solutions/mx_plan/email_generalities/guide.en-gb.md
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/email_and_collaborative_solutions/mx_plan/email_generalities/guide.en-ca.md
source = mailconf https://github.com/ovh/docs/blob/develop/pages/web_cloud/domains/dns_zone_mx/guide.en-gb.md
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = oxcloud-eu
source = ispdb 2026-03-12 oxcloud-eu.xml
domain = cloudeu.xion.oxcs.net

[imap]
host = imap.eu.appsuite.cloud
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 oxcloud-eu.xml

[imap]
host = imap.eu.appsuite.cloud
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 oxcloud-eu.xml

[pop3]
host = pop.eu.appsuite.cloud
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 oxcloud-eu.xml

[smtp]
host = smtp.eu.appsuite.cloud
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 oxcloud-eu.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = oxcloud-us
source = ispdb 2026-03-12 oxcloud-us.xml
domain = cloudus.xion.oxcs.net

[imap]
host = imap.us.appsuite.cloud
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 oxcloud-us.xml

[imap]
host = imap.us.appsuite.cloud
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 oxcloud-us.xml

[pop3]
host = pop.us.appsuite.cloud
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 oxcloud-us.xml

[smtp]
host = smtp.us.appsuite.cloud
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 oxcloud-us.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = parabox.or.jp
source = ispdb 2026-03-12 parabox.or.jp.xml
domain = parabox.or.jp

[pop3]
host = pop3.parabox.or.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 parabox.or.jp.xml

[smtp]
host = smtp.parabox.or.jp
port = 25
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 parabox.or.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = pdx.edu
source = ispdb 2026-03-12 pdx.edu.xml
domain = pdx.edu

[imap]
host = psumail.pdx.edu
port = 993
security = tls
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 pdx.edu.xml

[imap]
host = psumail.pdx.edu
port = 587
security = starttls
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 pdx.edu.xml

[smtp]
host = mailhost.pdx.edu
port = 465
security = tls
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 pdx.edu.xml

[smtp]
host = mailhost.pdx.edu
port = 587
security = starttls
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 pdx.edu.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = peoplepc.com
source = ispdb 2026-03-12 peoplepc.com.xml
domain = peoplepc.com

[imap]
host = imap.peoplepc.com
port = 143
security = plain
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 peoplepc.com.xml

[pop3]
host = pop.peoplepc.com
port = 110
security = plain
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 peoplepc.com.xml

[smtp]
host = smtpauth.peoplepc.com
port = 587
security = starttls
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 peoplepc.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = photofile.ru
source = k9 2023-10-11 ruqipphotofileimap
domain = photofile.ru

[imap]
host = imap.photofile.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipphotofileimap

[smtp]
host = smtp.photofile.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipphotofileimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = pisem.net
source = k9 2023-10-11 netqippisemimap
domain = pisem.net

[imap]
host = imap.pisem.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 netqippisemimap

[smtp]
host = smtp.pisem.net
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 netqippisemimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = po.wind.ne.jp
source = ispdb 2026-03-12 po.wind.ne.jp.xml
domain = po.wind.ne.jp
domain = po.wind.jp
domain = po.wind.co.jp
domain = po.gunmanet.or.jp
domain = po.gunmanet.ne.jp

[pop3]
host = po.wind.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 po.wind.ne.jp.xml

[smtp]
host = po.wind.ne.jp
port = 587
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 po.wind.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = pobox.com
source = ispdb 2026-03-12 pobox.com.xml
source = mailcore2 2020-07-16 pobox
domain = pobox.com
mx = mx-1.pobox.com
mx = mx-2.pobox.com
mx = mx-3.pobox.com
mx = mx-1.rightbox.com
mx = mx-2.rightbox.com
mx = mx-3.rightbox.com

[imap]
host = mail.pobox.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 pobox.com.xml
source = mailcore2 2020-07-16 pobox

[imap]
host = mail.pobox.com
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 pobox.com.xml

[pop3]
host = mail.pobox.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 pobox.com.xml
source = mailcore2 2020-07-16 pobox

[pop3]
host = mail.pobox.com
port = 110
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 pobox.com.xml

[smtp]
host = smtp.pobox.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 pobox.com.xml

[smtp]
host = smtp.pobox.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 pobox.com.xml
source = mailcore2 2020-07-16 pobox
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = pochta.com
source = k9 2023-10-11 comqippochtaimap
domain = pochta.com

[imap]
host = imap.pochta.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 comqippochtaimap

[smtp]
host = smtp.pochta.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 comqippochtaimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = pochta.ru
source = k9 2023-10-11 ruqippochtaimap
domain = pochta.ru

[imap]
host = imap.pochta.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqippochtaimap

[smtp]
host = smtp.pochta.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqippochtaimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = pochtamt.ru
source = k9 2023-10-11 ruqippochtamtimap
domain = pochtamt.ru

[imap]
host = imap.pochtamt.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqippochtamtimap

[smtp]
host = smtp.pochtamt.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqippochtamtimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = pop.shibata.ne.jp
source = ispdb 2026-03-12 pop.shibata.ne.jp.xml
domain = pop.shibata.ne.jp
domain = ml.shibata.ne.jp

[pop3]
host = %EMAILDOMAIN%
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 pop.shibata.ne.jp.xml

[smtp]
host = %EMAILDOMAIN%
port = 25
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 pop.shibata.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = pop3.ru
source = k9 2023-10-11 ruqippop3imap
domain = pop3.ru

[imap]
host = imap.pop3.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqippop3imap

[smtp]
host = smtp.pop3.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqippop3imap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = poste.it
source = k9 2023-10-11 poste
domain = poste.it

[imap]
host = relay.poste.it
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 poste

[smtp]
host = relay.poste.it
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 poste
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = postecert.it
source = ispdb 2026-03-12 postecert.it.xml
domain = postecert.it

[imap]
host = mail.postecert.it
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 postecert.it.xml

[pop3]
host = mail.postecert.it
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 postecert.it.xml

[smtp]
host = mail.postecert.it
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 postecert.it.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = posteo.de
name = Posteo
source = ispdb posteo.de.xml
source = ispdb 2026-03-12 posteo.de.xml
source = deltachat 2024-11-22 posteo.md
source = k9 2023-10-11 posteo
checked = 2024-08 source deltachat
domain = posteo.de
domain = posteo.at
domain = posteo.be
domain = posteo.ca
domain = posteo.ch
domain = posteo.cl
domain = posteo.co
domain = posteo.co.uk
domain = posteo.com
domain = posteo.com.br
domain = posteo.cr
domain = posteo.cz
domain = posteo.dk
domain = posteo.ee
domain = posteo.es
domain = posteo.eu
domain = posteo.fi
domain = posteo.gl
domain = posteo.gr
domain = posteo.hn
domain = posteo.hr
domain = posteo.hu
domain = posteo.ie
domain = posteo.in
domain = posteo.is
domain = posteo.it
domain = posteo.jp
domain = posteo.la
domain = posteo.li
domain = posteo.lt
domain = posteo.lu
domain = posteo.me
domain = posteo.mx
domain = posteo.my
domain = posteo.net
domain = posteo.nl
domain = posteo.no
domain = posteo.nz
domain = posteo.org
domain = posteo.pe
domain = posteo.pl
domain = posteo.pm
domain = posteo.pt
domain = posteo.ro
domain = posteo.se
domain = posteo.sg
domain = posteo.si
domain = posteo.tn
domain = posteo.uk
domain = posteo.us
domain = posteo.af
domain = posteo.ru
mx = posteo.de

[imap]
host = posteo.de
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 posteo.de.xml
source = deltachat 2024-11-22 posteo.md
checked = 2024-08 source deltachat

[imap]
host = posteo.de
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 posteo.de.xml
source = deltachat 2024-11-22 posteo.md
source = k9 2023-10-11 posteo
checked = 2024-08 source deltachat

[pop3]
host = posteo.de
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 posteo.de.xml

[pop3]
host = posteo.de
port = 110
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 posteo.de.xml

[smtp]
host = posteo.de
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 posteo.de.xml
source = deltachat 2024-11-22 posteo.md
checked = 2024-08 source deltachat

[smtp]
host = posteo.de
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 posteo.de.xml
source = deltachat 2024-11-22 posteo.md
source = k9 2023-10-11 posteo
checked = 2024-08 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = pressmail.ch
source = k9 2023-10-11 pressmail.ch
domain = pressmail.ch

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 pressmail.ch

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 pressmail.ch
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = privateemail.com
name = Namecheap Private Email
source = mailconf https://www.namecheap.com/support/knowledgebase/article.aspx/1090/2175/private-email-general-email-client-settings/
checked = 2026-11-28 help-page
mx = privateemail.com

[imap]
host = mail.privateemail.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.namecheap.com/support/knowledgebase/article.aspx/1090/2175/private-email-general-email-client-settings/
checked = 2026-11-28 help-page

[pop3]
host = mail.privateemail.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.namecheap.com/support/knowledgebase/article.aspx/1090/2175/private-email-general-email-client-settings/
checked = 2026-11-28 help-page

[smtp]
host = mail.privateemail.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.namecheap.com/support/knowledgebase/article.aspx/1090/2175/private-email-general-email-client-settings/
checked = 2026-11-28 help-page

[smtp]
host = mail.privateemail.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.namecheap.com/support/knowledgebase/article.aspx/1090/2175/private-email-general-email-client-settings/
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = protonmail
name = Proton Mail
status = preparation
source = mailconf https://proton.me/support/protonmail-bridge-faq
source = mailconf https://proton.me/support/custom-domain
source = deltachat 2024-11-22 protonmail.md
checked = 2026-11-28 help-page
checked = 2019-02 source deltachat
domain = proton.me
domain = protonmail.com
domain = protonmail.ch
domain = pm.me
mx = protonmail.ch

[note]
code = bridge-only
source = mailconf https://proton.me/support/protonmail-bridge-faq
source = mailconf https://proton.me/support/custom-domain
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ptd.net
source = ispdb 2026-03-12 ptd.net.xml
domain = ptd.net

[imap]
host = promail.ptd.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 ptd.net.xml

[imap]
host = promail.ptd.net
port = 143
security = starttls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 ptd.net.xml

[pop3]
host = promail.ptd.net
port = 995
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 ptd.net.xml

[pop3]
host = promail.ptd.net
port = 110
security = starttls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 ptd.net.xml

[smtp]
host = promail.ptd.net
port = 465
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 ptd.net.xml

[smtp]
host = promail.ptd.net
port = 587
security = starttls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 ptd.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = purelymail.com
name = Purelymail
source = mailconf https://purelymail.com/docs/mailClients
source = deltachat 2024-11-22 purelymail.com.md
checked = 2026-11-28 help-page
checked = 2023-12 source deltachat
domain = purelymail.com
domain = cheapermail.com
domain = placeq.com
domain = rethinkmail.com
domain = worldofmail.com
mx = purelymail.com

[imap]
host = imap.purelymail.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://purelymail.com/docs/mailClients
source = deltachat 2024-11-22 purelymail.com.md
checked = 2026-11-28 help-page
checked = 2023-12 source deltachat

[smtp]
host = smtp.purelymail.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://purelymail.com/docs/mailClients
source = deltachat 2024-11-22 purelymail.com.md
checked = 2026-11-28 help-page
checked = 2023-12 source deltachat

[smtp]
host = smtp.purelymail.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://purelymail.com/docs/mailClients
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = q.com
source = ispdb 2026-03-12 q.com.xml
domain = q.com

[pop3]
host = mail.q.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 q.com.xml

[imap]
host = mail.q.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 q.com.xml

[smtp]
host = smtp.q.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 q.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = qip.ru
source = k9 2023-10-11 ruqipqipimap
domain = qip.ru

[imap]
host = imap.qip.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipqipimap

[smtp]
host = smtp.qip.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipqipimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = qq.com
status = preparation
source = ispdb qq.com.xml
source = deltachat qq.md
source = ispdb 2026-03-12 qq.com.xml
source = deltachat 2024-11-22 qq.md
source = mailcore2 2020-07-16 qq
checked = 2021-06 source deltachat
domain = qq.com
domain = foxmail.com

[note]
code = enable-imap
source = deltachat 2024-11-22 qq.md
checked = 2021-06 source deltachat

[note]
code = app-password
source = deltachat 2024-11-22 qq.md
checked = 2021-06 source deltachat

[imap]
host = imap.qq.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 qq.com.xml

[smtp]
host = smtp.qq.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 qq.com.xml
source = deltachat 2024-11-22 qq.md
checked = 2021-06 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = rambler.ru
status = preparation
source = ispdb rambler.ru.xml
source = deltachat rambler.ru.md
source = ispdb 2026-03-12 rambler.ru.xml
source = deltachat 2024-11-22 rambler.ru.md
source = mailcore2 2020-07-16 rambler
source = k9 2023-10-11 ruramramblerimap
source = k9 2023-10-11 ruramlentaimap
source = k9 2023-10-11 ruramroimap
checked = 2024-03 source deltachat
domain = rambler.ru
domain = autorambler.ru
domain = myrambler.ru
domain = rambler.ua
domain = lenta.ru
domain = ro.ru
domain = r0.ru

[note]
code = enable-imap
source = deltachat 2024-11-22 rambler.ru.md
checked = 2024-03 source deltachat

[imap]
host = imap.rambler.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 rambler.ru.xml
source = deltachat 2024-11-22 rambler.ru.md
source = mailcore2 2020-07-16 rambler
checked = 2024-03 source deltachat

[pop3]
host = pop.rambler.ru
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 rambler.ru.xml

[smtp]
host = smtp.rambler.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 rambler.ru.xml
source = deltachat 2024-11-22 rambler.ru.md
source = mailcore2 2020-07-16 rambler
checked = 2024-03 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = rbcmail.ru
source = k9 2023-10-11 ruqiprbcmailimap
domain = rbcmail.ru

[imap]
host = imap.rbcmail.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqiprbcmailimap

[smtp]
host = smtp.rbcmail.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqiprbcmailimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = rcn
source = mailcore2 2020-07-16 rcn
mx = mx.rcn.com

[pop3]
host = pop.rcn.com
port = 110
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 rcn

[smtp]
host = smtp.rcn.com
port = 25
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailcore2 2020-07-16 rcn
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = rediffmail.com
source = ispdb 2026-03-12 rediffmail.com.xml
domain = rediffmail.com

[pop3]
host = pop.rediffmail.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 rediffmail.com.xml

[pop3]
host = pop.rediffmail.com
port = 110
security = plain
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 rediffmail.com.xml

[smtp]
host = smtp.rediffmail.com
port = 586
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 rediffmail.com.xml

[smtp]
host = smtp.rediffmail.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 rediffmail.com.xml

[smtp]
host = smtp.rediffmail.com
port = 587
security = plain
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 rediffmail.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = riseup.net
source = deltachat 2024-11-22 riseup.net.md
source = k9 2023-10-11 riseup
checked = 2024-08 source deltachat
domain = riseup.net

[imap]
host = mail.riseup.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 riseup.net.md
checked = 2024-08 source deltachat

[smtp]
host = mail.riseup.net
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 riseup.net.md
checked = 2024-08 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = rogers.com
source = deltachat 2024-11-22 rogers.com.md
checked = 2017-12 source deltachat
domain = rogers.com
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = rr.com
source = ispdb 2026-03-12 rr.com.xml
domain = rr.com

[imap]
host = mail.twc.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 rr.com.xml

[pop3]
host = mail.twc.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 rr.com.xml

[smtp]
host = mail.twc.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 rr.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = runestone.net
source = ispdb 2026-03-12 runestone.net.xml
domain = runestone.net

[pop3]
host = mail.runestone.net
port = 995
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 runestone.net.xml

[smtp]
host = mail.runestone.net
port = 587
security = starttls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 runestone.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = sapo.pt
source = ispdb 2026-03-12 sapo.pt.xml
domain = sapo.pt
domain = sapo.cv
domain = sapo.ao
domain = sapo.mz
domain = sapo.tl
domain = meo.pt

[imap]
host = imap.sapo.pt
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 sapo.pt.xml

[pop3]
host = pop.sapo.pt
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 sapo.pt.xml

[smtp]
host = smtp.sapo.pt
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 sapo.pt.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = schwaz.net
source = ispdb 2026-03-12 schwaz.net.xml
domain = schwaz.net

[imap]
host = imap.schwaz.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 schwaz.net.xml

[pop3]
host = pop3.schwaz.net
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 schwaz.net.xml

[smtp]
host = mail.schwaz.net
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 schwaz.net.xml

[smtp]
host = mail.schwaz.net
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 schwaz.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = secureserver.net
name = GoDaddy Workspace Email
source = ispdb wildwestdomains.com.xml
source = ispdb 2026-03-12 wildwestdomains.com.xml
domain = secureserver.net
mx = secureserver.net

[pop3]
host = pop.secureserver.net
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 wildwestdomains.com.xml

[imap]
host = imap.secureserver.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 wildwestdomains.com.xml

[smtp]
host = smtpout.secureserver.net
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 wildwestdomains.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = seznam.cz
name = Seznam.cz
source = ispdb seznam.cz.xml
source = ispdb 2026-03-12 seznam.cz.xml
domain = seznam.cz
domain = email.cz
domain = post.cz
domain = spoluzaci.cz
mx = seznam.cz

[imap]
host = imap.seznam.cz
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 seznam.cz.xml

[pop3]
host = pop3.seznam.cz
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 seznam.cz.xml

[smtp]
host = smtp.seznam.cz
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 seznam.cz.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = sfr.fr
source = ispdb 2026-03-12 sfr.fr.xml
domain = sfr.fr
domain = neuf.fr
domain = club-internet.fr

[imap]
host = imap.sfr.fr
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 sfr.fr.xml

[pop3]
host = pop.sfr.fr
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 sfr.fr.xml

[smtp]
host = smtp.sfr.fr
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 sfr.fr.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = sky.com
source = ispdb 2026-03-12 sky.com.xml
domain = sky.com

[imap]
host = imap.tools.sky.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 sky.com.xml

[pop3]
host = pop.tools.sky.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 sky.com.xml

[smtp]
host = smtp.tools.sky.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 sky.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = skynet.be
source = ispdb 2026-03-12 skynet.be.xml
domain = skynet.be
domain = proximus.be
domain = belgacom.net
domain = kidcity.be

[imap]
host = imap.proximus.be
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 skynet.be.xml

[pop3]
host = pop.proximus.be
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 skynet.be.xml

[smtp]
host = relay.proximus.be
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 skynet.be.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = smtp.ru
source = k9 2023-10-11 ruqipsmtpimap
domain = smtp.ru

[imap]
host = imap.smtp.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipsmtpimap

[smtp]
host = smtp.smtp.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipsmtpimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = so.wind.ne.jp
source = ispdb 2026-03-12 so.wind.ne.jp.xml
domain = so.wind.ne.jp
domain = so.wind.jp

[imap]
host = so.wind.ne.jp
port = 143
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 so.wind.ne.jp.xml

[smtp]
host = so.wind.ne.jp
port = 587
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 so.wind.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = sonic
source = deltachat 2024-11-22 sonic.md
checked = 2023-01 source deltachat
domain = sonic.net
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = squat.gr
source = k9 2023-10-11 squat
domain = squat.gr

[imap]
host = mail.espiv.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 squat

[smtp]
host = mail.espiv.net
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 squat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = stinpriza.net
source = deltachat 2024-11-22 stinpriza.net.md
checked = 2024-07 source deltachat
domain = stinpriza.net
domain = stinpriza.eu
domain = el-hoyo.net

[imap]
host = stinpriza.net
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 stinpriza.net.md
checked = 2024-07 source deltachat

[smtp]
host = stinpriza.net
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 stinpriza.net.md
checked = 2024-07 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = strato.de
name = STRATO
source = ispdb strato.de.xml
source = ispdb 2026-03-12 strato.de.xml
domain = strato.de
domain = rzone.de
mx = rzone.de

[imap]
host = imap.strato.de
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 strato.de.xml

[pop3]
host = pop3.strato.de
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 strato.de.xml

[smtp]
host = smtp.strato.de
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 strato.de.xml

[smtp]
host = smtp.strato.de
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 strato.de.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = studenti.univr.it
source = ispdb 2026-03-12 studenti.univr.it.xml
domain = studenti.univr.it

[imap]
host = univr.mail.cineca.it
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 studenti.univr.it.xml

[pop3]
host = univr.mail.cineca.it
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 studenti.univr.it.xml

[smtp]
host = univr.smtpauth.cineca.it
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 studenti.univr.it.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = swisscollab.ch
source = k9 2023-10-11 swisscollab.ch
domain = swisscollab.ch

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 swisscollab.ch

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 swisscollab.ch
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = swissgroupware.ch
source = k9 2023-10-11 swissgroupware.ch
domain = swissgroupware.ch

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 swissgroupware.ch

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 swissgroupware.ch
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = switzerlandmail.ch
source = k9 2023-10-11 switzerlandmail.ch
domain = switzerlandmail.ch

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 switzerlandmail.ch

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 switzerlandmail.ch
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = systemausfall.org
source = deltachat 2024-11-22 systemausfall.org.md
checked = 2021-05 source deltachat
domain = systemausfall.org
domain = solidaris.me

[imap]
host = mail.systemausfall.org
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 systemausfall.org.md
checked = 2021-05 source deltachat

[smtp]
host = mail.systemausfall.org
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 systemausfall.org.md
checked = 2021-05 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = systemli.org
source = deltachat 2024-11-22 systemli.org.md
source = k9 2023-10-11 systemliorg
checked = 2020-05 source deltachat
domain = systemli.org

[imap]
host = mail.systemli.org
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 systemli.org.md
source = k9 2023-10-11 systemliorg
checked = 2020-05 source deltachat

[smtp]
host = mail.systemli.org
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 systemli.org.md
checked = 2020-05 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = t-online.de
name = Telekom Mail (t-online.de)
status = preparation
source = ispdb t-online.de.xml
source = deltachat t-online.md
source = ispdb 2026-03-12 t-online.de.xml
source = deltachat 2024-11-22 t-online.md
source = k9 2023-10-11 T-Online
checked = 2020-02 source deltachat
domain = t-online.de
domain = magenta.de
mx = t-online.de

[note]
code = app-password
source = ispdb 2026-03-12 t-online.de.xml
source = deltachat 2024-11-22 t-online.md
checked = 2020-02 source deltachat

[imap]
host = secureimap.t-online.de
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 t-online.de.xml
source = deltachat 2024-11-22 t-online.md
source = k9 2023-10-11 T-Online
checked = 2020-02 source deltachat

[pop3]
host = securepop.t-online.de
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 t-online.de.xml

[smtp]
host = securesmtp.t-online.de
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 t-online.de.xml
source = deltachat 2024-11-22 t-online.md
checked = 2020-02 source deltachat

[smtp]
host = securesmtp.t-online.de
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 t-online.de.xml
source = k9 2023-10-11 T-Online
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = teol.net
source = ispdb 2026-03-12 teol.net.xml
domain = teol.net
domain = mtel.tel

[imap]
host = imap.teol.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 teol.net.xml

[pop3]
host = pop3.teol.net
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 teol.net.xml

[smtp]
host = smtp.teol.net
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 teol.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = testrun
source = deltachat 2024-11-22 testrun.md
checked = 2020-06 source deltachat
domain = testrun.org

[imap]
host = testrun.org
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 testrun.md
checked = 2020-06 source deltachat

[smtp]
host = testrun.org
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 testrun.md
checked = 2020-06 source deltachat

[imap]
host = testrun.org
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 testrun.md
checked = 2020-06 source deltachat

[smtp]
host = testrun.org
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 testrun.md
checked = 2020-06 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = thinline.cz
source = ispdb 2026-03-12 thinline.cz.xml
domain = thinline.cz

[imap]
host = mail.cesky-hosting.cz
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 thinline.cz.xml

[imap]
host = mail.cesky-hosting.cz
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 thinline.cz.xml

[pop3]
host = mail.cesky-hosting.cz
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 thinline.cz.xml

[pop3]
host = mail.cesky-hosting.cz
port = 110
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 thinline.cz.xml

[smtp]
host = smtp.cesky-hosting.cz
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 thinline.cz.xml

[smtp]
host = smtp.cesky-hosting.cz
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 thinline.cz.xml

[smtp]
host = smtp.cesky-hosting.cz
port = 25
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 thinline.cz.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = tiki.ne.jp
source = ispdb 2026-03-12 tiki.ne.jp.xml
domain = tiki.ne.jp

[pop3]
host = mx.tiki.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 tiki.ne.jp.xml

[smtp]
host = smtp-auth.tiki.ne.jp
port = 587
security = plain
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 tiki.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = tim.it
source = ispdb 2026-03-12 tim.it.xml
domain = tim.it

[imap]
host = imap.tim.it
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 tim.it.xml

[pop3]
host = pop.tim.it
port = 110
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 tim.it.xml

[smtp]
host = smtp.tim.it
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 tim.it.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = tiscali.cz
source = ispdb 2026-03-12 tiscali.cz.xml
domain = tiscali.cz
domain = wo.cz
domain = worldonline.cz
domain = worldmail.cz

[pop3]
host = pop3.mail.tiscali.cz
port = 110
security = plain
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 tiscali.cz.xml

[smtp]
host = smtp.mail.tiscali.cz
port = 25
security = plain
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 tiscali.cz.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = tiscali.it
source = ispdb 2026-03-12 tiscali.it.xml
source = deltachat 2024-11-22 tiscali.it.md
checked = 2019-12 source deltachat
domain = tiscali.it

[imap]
host = imap.tiscali.it
port = 993
security = tls
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 tiscali.it.xml
source = deltachat 2024-11-22 tiscali.it.md
checked = 2019-12 source deltachat

[pop3]
host = pop.tiscali.it
port = 995
security = tls
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 tiscali.it.xml

[smtp]
host = smtp.tiscali.it
port = 465
security = tls
auth = password-encrypted
username = %EMAILADDRESS%
source = ispdb 2026-03-12 tiscali.it.xml
source = deltachat 2024-11-22 tiscali.it.md
checked = 2019-12 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = titan.email
name = Titan Email
source = mailconf https://support.titan.email/hc/en-us/articles/900000215446-Configure-Titan-on-other-apps-using-IMAP-POP
checked = 2026-11-28 help-page
mx = titan.email

[imap]
host = imap.titan.email
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://support.titan.email/hc/en-us/articles/900000215446-Configure-Titan-on-other-apps-using-IMAP-POP
checked = 2026-11-28 help-page

[pop3]
host = pop.titan.email
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://support.titan.email/hc/en-us/articles/900000215446-Configure-Titan-on-other-apps-using-IMAP-POP
checked = 2026-11-28 help-page

[smtp]
host = smtp.titan.email
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://support.titan.email/hc/en-us/articles/900000215446-Configure-Titan-on-other-apps-using-IMAP-POP
checked = 2026-11-28 help-page

[smtp]
host = smtp.titan.email
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://support.titan.email/hc/en-us/articles/900000215446-Configure-Titan-on-other-apps-using-IMAP-POP
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = trusted-legal-mail.ch
source = k9 2023-10-11 trusted-legal-mail.ch
domain = trusted-legal-mail.ch

[imap]
host = imap.kolabnow.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 trusted-legal-mail.ch

[smtp]
host = smtp.kolabnow.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 trusted-legal-mail.ch
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = tuta
name = Tuta
status = broken
source = mailconf https://tuta.com/support/howto
source = mailconf https://github.com/tutao/tutanota/blob/master/src/common/api/common/TutanotaConstants.ts
source = deltachat 2024-11-22 tutanota.md
checked = 2026-11-28 help-page
checked = 2021-06 source deltachat
domain = tuta.com
domain = tutamail.com
domain = tuta.io
domain = tutanota.com
domain = tutanota.de
domain = keemail.me

[note]
code = no-imap-access
source = mailconf https://tuta.com/support/howto
source = mailconf https://github.com/tutao/tutanota/blob/master/src/common/api/common/TutanotaConstants.ts
source = deltachat 2024-11-22 tutanota.md
checked = 2026-11-28 help-page
checked = 2021-06 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ukr.net
status = preparation
source = deltachat ukr.net.md
source = deltachat 2024-11-22 ukr.net.md
source = mailcore2 2020-07-16 ukrnet
checked = 2024-08 source deltachat
domain = ukr.net

[note]
code = enable-imap
source = deltachat 2024-11-22 ukr.net.md
checked = 2024-08 source deltachat

[imap]
host = imap.ukr.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 ukr.net.md
source = mailcore2 2020-07-16 ukrnet
checked = 2024-08 source deltachat

[smtp]
host = smtp.ukr.net
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 ukr.net.md
source = mailcore2 2020-07-16 ukrnet
checked = 2024-08 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = umich.edu
source = ispdb 2026-03-12 umich.edu.xml
domain = umich.edu

[imap]
host = imap.gmail.com
port = 993
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 umich.edu.xml

[smtp]
host = smtp.gmail.com
port = 465
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 umich.edu.xml

[oauth2]
issuer = accounts.google.com
scope = https://mail.google.com/ https://www.googleapis.com/auth/contacts https://www.googleapis.com/auth/calendar https://www.googleapis.com/auth/carddav
auth-url = https://accounts.google.com/o/oauth2/auth
token-url = https://www.googleapis.com/oauth2/v3/token
source = ispdb 2026-03-12 umich.edu.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = undernet.uy
source = deltachat 2024-11-22 undernet.uy.md
checked = 2020-08 source deltachat
domain = undernet.uy

[imap]
host = undernet.uy
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 undernet.uy.md
checked = 2020-08 source deltachat

[smtp]
host = undernet.uy
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 undernet.uy.md
checked = 2020-08 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = uol.com.br
status = preparation
source = ispdb 2026-03-12 uol.com.br.xml
domain = uol.com.br

[note]
code = enable-imap
source = ispdb 2026-03-12 uol.com.br.xml

[pop3]
host = pop3.uol.com.br
port = 995
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 uol.com.br.xml

[imap]
host = imap.uol.com.br
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 uol.com.br.xml

[smtp]
host = smtps.uol.com.br
port = 587
security = starttls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 uol.com.br.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = verizon.net
source = ispdb verizon.net.xml
source = mailcore2 verizon
source = ispdb 2026-03-12 verizon.net.xml
source = mailcore2 2020-07-16 verizon
domain = verizon.net
mx = relay.verizon.net

[imap]
host = imap.aol.com
port = 993
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 verizon.net.xml

[pop3]
host = pop.aol.com
port = 995
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 verizon.net.xml

[smtp]
host = smtp.aol.com
port = 465
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 verizon.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = vfemail
source = deltachat 2024-11-22 vfemail.md
checked = 2017-10 source deltachat
domain = vfemail.net
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = virgilio.it
source = ispdb 2026-03-12 virgilio.it.xml
domain = virgilio.it

[imap]
host = in.virgilio.it
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 virgilio.it.xml

[pop3]
host = in.virgilio.it
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 virgilio.it.xml

[smtp]
host = out.virgilio.it
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 virgilio.it.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = virgin.net
source = ispdb 2026-03-12 virgin.net.xml
source = k9 2023-10-11 virgin.net
domain = virgin.net

[imap]
host = imap4.virgin.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 virgin.net.xml

[pop3]
host = pop.virgin.net
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 virgin.net.xml

[smtp]
host = smtp.virgin.net
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 virgin.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = virginmedia.com
source = ispdb 2026-03-12 virginmedia.com.xml
source = k9 2023-10-11 virginmedia.com
domain = virginmedia.com

[imap]
host = imap.virginmedia.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 virginmedia.com.xml
source = k9 2023-10-11 virginmedia.com

[pop3]
host = pop3.virginmedia.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 virginmedia.com.xml

[smtp]
host = smtp.virginmedia.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 virginmedia.com.xml
source = k9 2023-10-11 virginmedia.com
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = vivaldi
source = deltachat 2024-11-22 vivaldi.md
checked = 2021-06 source deltachat
domain = vivaldi.net

[imap]
host = imap.vivaldi.net
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 vivaldi.md
checked = 2021-06 source deltachat

[smtp]
host = smtp.vivaldi.net
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 vivaldi.md
checked = 2021-06 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = vk.com
status = preparation
source = deltachat vk.com.md
source = deltachat 2024-11-22 vk.com.md
checked = 2024-07 source deltachat
domain = vk.com

[note]
code = app-password
source = deltachat 2024-11-22 vk.com.md
checked = 2024-07 source deltachat

[imap]
host = imap.mail.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 vk.com.md
checked = 2024-07 source deltachat

[smtp]
host = smtp.mail.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 vk.com.md
checked = 2024-07 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = vm.aikis.or.jp
source = ispdb 2026-03-12 vm.aikis.or.jp.xml
domain = vm.aikis.or.jp

[pop3]
host = mail.aikis.or.jp
port = 995
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 vm.aikis.or.jp.xml

[smtp]
host = mail.aikis.or.jp
port = 587
security = starttls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 vm.aikis.or.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = vodafone.it
source = k9 2023-10-11 vodafone
domain = vodafone.it

[imap]
host = imap.vodafone.it
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 vodafone

[smtp]
host = smtp.vodafone.it
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 vodafone
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = vodafonemail.de
source = ispdb 2026-03-12 vodafonemail.de.xml
source = deltachat 2024-11-22 arcor.de.md
source = deltachat 2024-11-22 vodafone.de.md
checked = 2020-05 source deltachat
checked = 2020-08 source deltachat
domain = vodafonemail.de
domain = arcor.de
domain = kabelmail.de
domain = vodafone.de

[imap]
host = imap.vodafonemail.de
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 vodafonemail.de.xml
source = deltachat 2024-11-22 vodafone.de.md
checked = 2020-08 source deltachat

[pop3]
host = pop3.vodafonemail.de
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 vodafonemail.de.xml

[smtp]
host = smtp.vodafonemail.de
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 vodafonemail.de.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = vp.tiki.ne.jp
source = ispdb 2026-03-12 vp.tiki.ne.jp.xml
domain = vp.tiki.ne.jp

[pop3]
host = vp.tiki.ne.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 vp.tiki.ne.jp.xml

[smtp]
host = vs.tiki.ne.jp
port = 587
security = plain
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 vp.tiki.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = web.de
name = WEB.DE
status = preparation
source = ispdb web.de.xml
source = ispdb 2026-03-12 web.de.xml
source = deltachat 2024-11-22 web.de.md
source = k9 2023-10-11 web.de
checked = 2020-01 source deltachat
domain = web.de
domain = email.de
domain = flirt.ms
domain = hallo.ms
domain = kuss.ms
domain = love.ms
domain = magic.ms
domain = singles.ms
domain = cool.ms
domain = kanzler.ms
domain = okay.ms
domain = party.ms
domain = pop.ms
domain = stars.ms
domain = techno.ms
domain = clever.ms
domain = deutschland.ms
domain = genial.ms
domain = ich.ms
domain = online.ms
domain = smart.ms
domain = wichtig.ms
domain = action.ms
domain = fussball.ms
domain = joker.ms
domain = planet.ms
domain = power.ms
mx = web.de

[note]
code = enable-imap
source = ispdb 2026-03-12 web.de.xml

[imap]
host = imap.web.de
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 web.de.xml
source = deltachat 2024-11-22 web.de.md
source = k9 2023-10-11 web.de
checked = 2020-01 source deltachat

[imap]
host = imap.web.de
port = 143
security = starttls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 web.de.xml
source = deltachat 2024-11-22 web.de.md
checked = 2020-01 source deltachat

[pop3]
host = pop3.web.de
port = 995
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 web.de.xml

[pop3]
host = pop3.web.de
port = 110
security = starttls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 web.de.xml

[smtp]
host = smtp.web.de
port = 465
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 web.de.xml

[smtp]
host = smtp.web.de
port = 587
security = starttls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 web.de.xml
source = deltachat 2024-11-22 web.de.md
source = k9 2023-10-11 web.de
checked = 2020-01 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = webhuset.no
source = ispdb 2026-03-12 webhuset.no.xml
domain = webhuset.no

[imap]
host = imap.webhuset.no
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 webhuset.no.xml

[pop3]
host = mail.webhuset.no
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 webhuset.no.xml

[smtp]
host = smtp.webhuset.no
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 webhuset.no.xml

[smtp]
host = smtp.webhuset.no
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 webhuset.no.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = websupport.sk
source = ispdb 2026-03-12 websupport.sk.xml
domain = websupport.sk

[imap]
host = imap.websupport.sk
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 websupport.sk.xml

[imap]
host = imap.websupport.sk
port = 143
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 websupport.sk.xml

[pop3]
host = pop.websupport.sk
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 websupport.sk.xml

[pop3]
host = pop.websupport.sk
port = 110
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 websupport.sk.xml

[smtp]
host = smtp.websupport.sk
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 websupport.sk.xml

[smtp]
host = smtp.websupport.sk
port = 25
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 websupport.sk.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = wkpb.de
status = preparation
source = deltachat 2024-11-22 wkpb.de.md
checked = 2023-12 source deltachat
domain = wkpb.de

[imap]
host = pimap.schulon.org
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 wkpb.de.md
checked = 2023-12 source deltachat

[smtp]
host = psmtp.schulon.org
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = deltachat 2024-11-22 wkpb.de.md
checked = 2023-12 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = wp.pl
source = ispdb 2026-03-12 wp.pl.xml
source = mailcore2 2020-07-16 wp.pl
domain = wp.pl

[imap]
host = imap.wp.pl
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 wp.pl.xml
source = mailcore2 2020-07-16 wp.pl

[pop3]
host = pop3.wp.pl
port = 995
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 wp.pl.xml

[smtp]
host = smtp.wp.pl
port = 465
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 wp.pl.xml
source = mailcore2 2020-07-16 wp.pl
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = xp.wind.jp
source = ispdb 2026-03-12 xp.wind.jp.xml
domain = xp.wind.jp

[pop3]
host = xp.wind.jp
port = 110
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 xp.wind.jp.xml

[smtp]
host = xp.wind.jp
port = 587
security = plain
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 xp.wind.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = xtra.co.nz
source = ispdb 2026-03-12 xtra.co.nz.xml
domain = xtra.co.nz

[imap]
host = imap.xtra.co.nz
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 xtra.co.nz.xml

[pop3]
host = pop3.xtra.co.nz
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 xtra.co.nz.xml

[smtp]
host = send.xtra.co.nz
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 xtra.co.nz.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = yahoo.co.jp
source = ispdb 2026-03-12 yahoo.co.jp.xml
source = mailcore2 2020-07-16 yahoo.co.jp
domain = yahoo.co.jp

[pop3]
host = pop.mail.yahoo.co.jp
port = 995
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 yahoo.co.jp.xml

[smtp]
host = smtp.mail.yahoo.co.jp
port = 465
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 yahoo.co.jp.xml
source = mailcore2 2020-07-16 yahoo.co.jp
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = yahoo.com
name = Yahoo Mail
status = preparation
source = ispdb yahoo.com.xml
source = deltachat yahoo.md
source = ispdb 2026-03-12 yahoo.com.xml
source = deltachat 2024-11-22 yahoo.md
source = mailcore2 2020-07-16 yahoo
source = k9 2023-10-11 yahoo
source = k9 2023-10-11 yahoo.de
source = k9 2023-10-11 ymail
source = k9 2023-10-11 rocketmail
checked = 2020-06 source deltachat
domain = yahoo.com
domain = yahoo.ca
domain = yahoo.de
domain = yahoo.it
domain = yahoo.fr
domain = yahoo.es
domain = yahoo.se
domain = yahoo.co.in
domain = yahoo.co.uk
domain = yahoo.co.nz
domain = yahoo.com.au
domain = yahoo.com.ar
domain = yahoo.com.br
domain = yahoo.com.mx
domain = ymail.com
domain = myyahoo.com
domain = rocketmail.com
domain = cox.net
domain = mail.am0.yahoodns.net
domain = am0.yahoodns.net
domain = yahoodns.net
domain-label = yahoo
mx = yahoodns.net

[note]
code = app-password
source = deltachat 2024-11-22 yahoo.md
checked = 2020-06 source deltachat

[imap]
host = imap.mail.yahoo.com
port = 993
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 yahoo.com.xml
source = deltachat 2024-11-22 yahoo.md
source = mailcore2 2020-07-16 yahoo
source = k9 2023-10-11 yahoo
source = k9 2023-10-11 yahoo.de
source = k9 2023-10-11 ymail
source = k9 2023-10-11 rocketmail
checked = 2020-06 source deltachat

[imap]
host = export.imap.mail.yahoo.com
port = 993
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 yahoo.com.xml

[pop3]
host = pop.mail.yahoo.com
port = 995
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 yahoo.com.xml

[smtp]
host = smtp.mail.yahoo.com
port = 465
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 yahoo.com.xml
source = deltachat 2024-11-22 yahoo.md
source = mailcore2 2020-07-16 yahoo
source = k9 2023-10-11 yahoo
source = k9 2023-10-11 yahoo.de
source = k9 2023-10-11 ymail
source = k9 2023-10-11 rocketmail
checked = 2020-06 source deltachat

[oauth2]
issuer = login.yahoo.com
scope = mail-w
auth-url = https://api.login.yahoo.com/oauth2/request_auth
token-url = https://api.login.yahoo.com/oauth2/get_token
source = ispdb 2026-03-12 yahoo.com.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = yandex
name = Yandex Mail
status = preparation
source = mailconf https://yandex.com/support/passport/authorization/app-passwords.html
source = mailconf https://yandex.com.tr/support/kurum/set-mail/mx.html
source = mailconf https://yandex.ru/support/mail-business/web/security/oauth.html
source = mailconf https://yandex.ru/dev/id/doc/en/codes/code-url
source = mailconf https://yandex.com/support/yandex-360/business/admin/en/mail/configuration
source = ispdb yandex.ru.xml
source = deltachat yandex.ru.md
source = mailcore2 yandex
source = ispdb 2026-03-12 yandex.ru.xml
source = deltachat 2024-11-22 yandex.ru.md
source = mailcore2 2020-07-16 yandex
source = k9 2023-10-11 comyanyandeximap
source = k9 2023-10-11 ruyanyandeximap
source = k9 2023-10-11 ruyanyaimap
source = k9 2023-10-11 byyandeximap
source = k9 2023-10-11 kzyandeximap
source = k9 2023-10-11 uayandeximap
checked = 2026-12-04 help-page
checked = 2020-03 source deltachat
domain = yandex.ru
domain = yandex.com
domain = yandex.com.tr
domain = ya.ru
domain = yandex.by
domain = yandex.kz
domain = yandex.ua
domain = narod.ru
domain = yandex.net
mx = yandex.net
mx = yandex.ru

[note]
code = app-password
source = mailconf https://yandex.com/support/passport/authorization/app-passwords.html
checked = 2026-12-04 help-page

[note]
code = enable-imap
source = ispdb 2026-03-12 yandex.ru.xml
source = deltachat 2024-11-22 yandex.ru.md
checked = 2020-03 source deltachat

[imap]
host = imap.yandex.com
port = 993
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 yandex.ru.xml
source = deltachat 2024-11-22 yandex.ru.md
source = mailcore2 2020-07-16 yandex
source = mailconf https://yandex.ru/support/mail-business/web/security/oauth.html
checked = 2020-03 source deltachat
checked = 2026-12-04 help-page

[pop3]
host = pop.yandex.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 yandex.ru.xml

[smtp]
host = smtp.yandex.com
port = 465
security = tls
auth = oauth2 password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 yandex.ru.xml
source = deltachat 2024-11-22 yandex.ru.md
source = mailcore2 2020-07-16 yandex
source = mailconf https://yandex.ru/support/mail-business/web/security/oauth.html
checked = 2020-03 source deltachat
checked = 2026-12-04 help-page

[oauth2]
issuer = oauth.yandex.com
scope = mail:imap_full mail:smtp
auth-url = https://oauth.yandex.com/authorize
token-url = https://oauth.yandex.com/token
source = mailconf https://yandex.ru/support/mail-business/web/security/oauth.html
source = mailconf https://yandex.ru/dev/id/doc/en/codes/code-url
source = ispdb 2026-03-12 yandex.ru.xml
checked = 2026-12-04 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ybb.ne.jp
source = ispdb 2026-03-12 ybb.ne.jp.xml
domain = ybb.ne.jp

[pop3]
host = ybbpop.mail.yahoo.co.jp
port = 995
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 ybb.ne.jp.xml

[smtp]
host = ybbsmtp.mail.yahoo.co.jp
port = 465
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 ybb.ne.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = yeah.net
source = ispdb 2026-03-12 yeah.net.xml
domain = yeah.net

[imap]
host = imap.yeah.net
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 yeah.net.xml

[smtp]
host = smtp.yeah.net
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 yeah.net.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = zeelandnet.nl
source = ispdb 2026-03-12 zeelandnet.nl.xml
domain = zeelandnet.nl

[imap]
host = mail.zeelandnet.nl
port = 993
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 zeelandnet.nl.xml

[pop3]
host = mail.zeelandnet.nl
port = 995
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 zeelandnet.nl.xml

[smtp]
host = mail.zeelandnet.nl
port = 465
security = tls
auth = password-cleartext
username = %EMAILLOCALPART%
source = ispdb 2026-03-12 zeelandnet.nl.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ziggo.nl
source = ispdb 2026-03-12 ziggo.nl.xml
source = deltachat 2024-11-22 ziggo.nl.md
source = k9 2023-10-11 casema.nl
source = k9 2023-10-11 chello.nl
source = k9 2023-10-11 hahah.nl
source = k9 2023-10-11 home.nl
source = k9 2023-10-11 multiweb.nl
source = k9 2023-10-11 quicknet.nl
source = k9 2023-10-11 razcall.com
source = k9 2023-10-11 razcall.nl
source = k9 2023-10-11 upcmail.nl
source = k9 2023-10-11 zeggis.com
source = k9 2023-10-11 zeggis.nl
source = k9 2023-10-11 ziggomail.com
source = k9 2023-10-11 ziggo.nl
source = k9 2023-10-11 zinders.nl
checked = 2017-06 source deltachat
domain = hahah.nl
domain = ziggomail.com
domain = casema.nl
domain = zinders.nl
domain = ziggo.nl
domain = zeggis.nl
domain = zeggis.com
domain = razcall.nl
domain = razcall.com
domain = upcmail.nl
domain = chello.nl
domain = multiweb.nl
domain = home.nl
domain = quicknet.nl

[imap]
host = imap.ziggo.nl
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 ziggo.nl.xml
source = deltachat 2024-11-22 ziggo.nl.md
source = k9 2023-10-11 casema.nl
source = k9 2023-10-11 chello.nl
source = k9 2023-10-11 hahah.nl
source = k9 2023-10-11 home.nl
source = k9 2023-10-11 multiweb.nl
source = k9 2023-10-11 quicknet.nl
source = k9 2023-10-11 razcall.com
source = k9 2023-10-11 razcall.nl
source = k9 2023-10-11 upcmail.nl
source = k9 2023-10-11 zeggis.com
source = k9 2023-10-11 zeggis.nl
source = k9 2023-10-11 ziggomail.com
source = k9 2023-10-11 ziggo.nl
source = k9 2023-10-11 zinders.nl
checked = 2017-06 source deltachat

[pop3]
host = pop.ziggo.nl
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 ziggo.nl.xml

[smtp]
host = smtp.ziggo.nl
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 ziggo.nl.xml
source = deltachat 2024-11-22 ziggo.nl.md
source = k9 2023-10-11 casema.nl
source = k9 2023-10-11 chello.nl
source = k9 2023-10-11 hahah.nl
source = k9 2023-10-11 home.nl
source = k9 2023-10-11 multiweb.nl
source = k9 2023-10-11 quicknet.nl
source = k9 2023-10-11 razcall.com
source = k9 2023-10-11 razcall.nl
source = k9 2023-10-11 upcmail.nl
source = k9 2023-10-11 zeggis.com
source = k9 2023-10-11 zeggis.nl
source = k9 2023-10-11 ziggomail.com
source = k9 2023-10-11 ziggo.nl
source = k9 2023-10-11 zinders.nl
checked = 2017-06 source deltachat
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = ziza.ru
source = k9 2023-10-11 ruqipzizaimap
domain = ziza.ru

[imap]
host = imap.ziza.ru
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipzizaimap

[smtp]
host = smtp.ziza.ru
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = k9 2023-10-11 ruqipzizaimap
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = zoho-ca-pro
name = Zoho Mail (business, zohocloud.ca)
source = mailconf https://www.zoho.com/mail/help/imap-access.html
checked = 2026-11-28 help-page
mx = zohocloud.ca

[imap]
host = imappro.zohocloud.ca
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
checked = 2026-11-28 help-page

[smtp]
host = smtppro.zohocloud.ca
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
checked = 2026-11-28 help-page

[smtp]
host = smtppro.zohocloud.ca
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = zoho-com
name = Zoho Mail
status = preparation
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/pop-access.html
source = ispdb 2026-03-12 zoho.com.xml
source = deltachat 2024-11-22 zoho.md
source = mailcore2 2020-07-16 zoho
source = k9 2023-10-11 zoho.com
checked = 2026-11-28 help-page
checked = 2026-12-04 help-page
checked = 2021-06 source deltachat
domain = zohomail.com
domain = zoho.com

[note]
code = enable-imap
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/pop-access.html
checked = 2026-11-28 help-page
checked = 2026-12-04 help-page

[imap]
host = imap.zoho.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = ispdb 2026-03-12 zoho.com.xml
source = mailcore2 2020-07-16 zoho
source = k9 2023-10-11 zoho.com
checked = 2026-11-28 help-page

[pop3]
host = pop.zoho.com
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/pop-access.html
source = ispdb 2026-03-12 zoho.com.xml
source = mailcore2 2020-07-16 zoho
checked = 2026-12-04 help-page

[smtp]
host = smtp.zoho.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/pop-access.html
source = ispdb 2026-03-12 zoho.com.xml
source = mailcore2 2020-07-16 zoho
checked = 2026-11-28 help-page
checked = 2026-12-04 help-page

[smtp]
host = smtp.zoho.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/pop-access.html
source = ispdb 2026-03-12 zoho.com.xml
source = mailcore2 2020-07-16 zoho
source = k9 2023-10-11 zoho.com
checked = 2026-11-28 help-page
checked = 2026-12-04 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = zoho-com-au-pro
name = Zoho Mail
status = preparation
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html
checked = 2026-11-28 help-page
mx = zoho.com.au

[note]
code = enable-imap
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html
checked = 2026-11-28 help-page

[imap]
host = imappro.zoho.com.au
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html
checked = 2026-11-28 help-page

[smtp]
host = smtppro.zoho.com.au
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html
checked = 2026-11-28 help-page

[smtp]
host = smtppro.zoho.com.au
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = zoho-com-pro
name = Zoho Mail
status = preparation
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html
checked = 2026-11-28 help-page
mx = zoho.com

[note]
code = enable-imap
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html
checked = 2026-11-28 help-page

[imap]
host = imappro.zoho.com
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html
checked = 2026-11-28 help-page

[smtp]
host = smtppro.zoho.com
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html
checked = 2026-11-28 help-page

[smtp]
host = smtppro.zoho.com
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = zoho-eu-pro
name = Zoho Mail (business, zoho.eu)
source = mailconf https://www.zoho.com/mail/help/imap-access.html
checked = 2026-11-28 help-page
mx = zoho.eu

[imap]
host = imappro.zoho.eu
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
checked = 2026-11-28 help-page

[smtp]
host = smtppro.zoho.eu
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
checked = 2026-11-28 help-page

[smtp]
host = smtppro.zoho.eu
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = zoho-in-pro
name = Zoho Mail
status = preparation
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html
checked = 2026-11-28 help-page
mx = zoho.in

[note]
code = enable-imap
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html
checked = 2026-11-28 help-page

[imap]
host = imappro.zoho.in
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html
checked = 2026-11-28 help-page

[smtp]
host = smtppro.zoho.in
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html
checked = 2026-11-28 help-page

[smtp]
host = smtppro.zoho.in
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
source = mailconf https://www.zoho.com/mail/help/adminconsole/configure-email-delivery.html
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = zoho-jp-pro
name = Zoho Mail (business, zoho.jp)
source = mailconf https://www.zoho.com/mail/help/imap-access.html
checked = 2026-11-28 help-page
mx = zoho.jp

[imap]
host = imappro.zoho.jp
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
checked = 2026-11-28 help-page

[smtp]
host = smtppro.zoho.jp
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
checked = 2026-11-28 help-page

[smtp]
host = smtppro.zoho.jp
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = mailconf https://www.zoho.com/mail/help/imap-access.html
checked = 2026-11-28 help-page
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = zoho.com.au
source = ispdb 2026-03-12 zoho.com.au.xml
domain = zoho.com.au
domain = zohomail.com.au

[imap]
host = imap.zoho.com.au
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zoho.com.au.xml

[pop3]
host = pop.zoho.com.au
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zoho.com.au.xml

[smtp]
host = smtp.zoho.com.au
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zoho.com.au.xml

[smtp]
host = smtp.zoho.com.au
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zoho.com.au.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = zoho.eu
source = ispdb 2026-03-12 zoho.eu.xml
domain = zoho.eu
domain = zohomail.eu

[imap]
host = imap.zoho.eu
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zoho.eu.xml

[pop3]
host = pop.zoho.eu
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zoho.eu.xml

[smtp]
host = smtp.zoho.eu
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zoho.eu.xml

[smtp]
host = smtp.zoho.eu
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zoho.eu.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = zoho.in
source = ispdb 2026-03-12 zoho.in.xml
domain = zoho.in
domain = zohomail.in

[imap]
host = imap.zoho.in
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zoho.in.xml

[pop3]
host = pop.zoho.in
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zoho.in.xml

[smtp]
host = smtp.zoho.in
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zoho.in.xml

[smtp]
host = smtp.zoho.in
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zoho.in.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = zoho.jp
source = ispdb 2026-03-12 zoho.jp.xml
domain = zoho.jp
domain = zohomail.jp

[imap]
host = imap.zoho.jp
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zoho.jp.xml

[pop3]
host = pop.zoho.jp
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zoho.jp.xml

[smtp]
host = smtp.zoho.jp
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zoho.jp.xml

[smtp]
host = smtp.zoho.jp
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zoho.jp.xml
"""#,
#"""
# MailConf provider file; the format is described in Providers/README.md.
id = zohocloud.ca
source = ispdb 2026-03-12 zohocloud.ca.xml
domain = zohocloud.ca
domain = zohomailcloud.ca

[imap]
host = imap.zohocloud.ca
port = 993
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zohocloud.ca.xml

[pop3]
host = pop.zohocloud.ca
port = 995
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zohocloud.ca.xml

[smtp]
host = smtp.zohocloud.ca
port = 465
security = tls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zohocloud.ca.xml

[smtp]
host = smtp.zohocloud.ca
port = 587
security = starttls
auth = password-cleartext
username = %EMAILADDRESS%
source = ispdb 2026-03-12 zohocloud.ca.xml
"""#,
    ]

    static let domains: [String] = [
        "*.aco-connexion.org", "*.hermes.radio", "123mail.dk", "123mail.org", "126.com", "12fuel.dk", "12mail.dk",
        "12move.dk", "150mail.com", "150ml.com", "163.com", "16mail.com", "2-mail.com", "2die4.com", "2night.dk",
        "2senior.dk", "2trom.com", "4email.net", "50mail.com", "5ballov.ru", "9260.dk", "a1.net", "accountant.com",
        "acdcfan.com", "action.ms", "active24.com", "activist.com", "adexec.com", "adres.pl", "aeterna.ru",
        "africamail.com", "aim.com", "aircraftmail.com", "airpost.net", "aktivix.org", "alabama.usa.com",
        "alaska.usa.com", "alice.it", "aliyun.com", "allergist.com", "allmail.net", "alumni.com",
        "alumnidirector.com", "am0.yahoodns.net", "americamail.com", "ameritech.net", "amethyst.broba.cc",
        "amorki.pl", "amorous.com", "anarki.dk", "anderledes.dk", "android.com", "angelic.com", "aol.co.nz",
        "aol.co.uk", "aol.com", "aol.com.ar", "aol.com.au", "aol.com.br", "aol.com.mx", "aol.de", "aol.es", "aol.fr",
        "aol.it", "aol.se", "aon.at", "apple.com", "archaeologist.com", "arcor.de", "arcticmail.com",
        "arizona.usa.com", "artlover.com", "arubapec.it", "asia-mail.com", "asia.apple.com", "asia.com",
        "atheist.com", "att.net", "attorneymail.ch", "auctioneer.net", "auone.jp", "australiamail.com",
        "autistici.org", "autograf.pl", "autorambler.ru", "azet.sk", "backbone.dk", "barmail.ch", "bartender.net",
        "bay.gunmanet.ne.jp", "bay.gunmanet.or.jp", "bay.wind.co.jp", "bay.wind.jp", "bay.wind.ne.jp",
        "bb-niigata.jp", "bc.iij4u.or.jp", "bedstemail.dk", "begavet.dk", "belgacom.net", "bell.net", "bellair.net",
        "bellsouth.net", "bemybaby.dk", "berlin.com", "bestmail.us", "bigger.com", "biglobe.ne.jp", "bigpond.com",
        "bigpond.net", "bigpond.net.au", "bikerider.com", "birdlover.com", "bitnisse.dk", "bk.iij4u.or.jp", "bk.ru",
        "blader.com", "blu.it", "bluemail.ch", "bluewin.ch", "blueyonder.co.uk", "boardermail.com", "bol.com.br",
        "bp.iij4u.or.jp", "brazilmail.com", "bresnan.net", "brew-master.com", "brew-meister.com", "bsdmail.com",
        "btinternet.com", "btopenworld.com", "bu.iij4u.or.jp", "buziaczek.pl", "buzon.uy", "california.usa.com",
        "californiamail.com", "caress.com", "casema.nl", "cash4u.com", "catlover.com", "cc9.ne.jp", "cek.ne.jp",
        "centurylink.net", "centurytel.net", "cgl.ucsf.edu", "charter.net", "cheapermail.com", "cheerful.com",
        "chef.net", "chello.at", "chello.nl", "chemist.com", "chinamail.com", "christensen.dk", "christiansen.dk",
        "city.dk", "clds.net", "clerk.com", "clever.ms", "cliffhanger.com", "clio.ne.jp", "cloudeu.xion.oxcs.net",
        "cloudus.xion.oxcs.net", "club-internet.fr", "clubmember.org", "cluemail.com", "clustermail.de",
        "co1.wind.jp", "co1.wind.ne.jp", "co2.wind.jp", "co2.wind.ne.jp", "co3.wind.jp", "co3.wind.ne.jp",
        "coastalnow.net", "cochill.net", "collaborative.li", "collector.org", "columnist.com", "comcast.net",
        "comic.com", "compuserve.com", "computer4u.com", "consultant.com", "contractor.com", "contractor.net",
        "cool.dk", "cool.ms", "coolsite.net", "coral.broba.ccv", "corp.mail.ru", "cosmotemail.gr", "counsellor.com",
        "count.com", "couple.com", "cox.net", "cs.com", "cswnet.com", "cty-net.com", "cty-net.ne.jp", "currently.com",
        "cutey.com", "cyber-wizard.com", "cyberdude.com", "cyberdude.dk", "cybergal.com", "cyberia.pl",
        "cyberjunkie.dk", "cyberservices.com", "daleth.cafe", "dallasmail.com", "dan.gunmanet.ne.jp",
        "dan.gunmanet.or.jp", "dan.wind.co.jp", "dan.wind.jp", "dan.wind.ne.jp", "dancemail.dk", "daum.net",
        "dbzmail.com", "dd.iij4u.or.jp", "deliveryman.com", "delta.blindzeln.org", "delta.blinzeln.de",
        "deutschland.ms", "diamond.broba.cc", "diplomail.ch", "diplomats.com", "disciples.com", "discofan.com",
        "dismail.de", "disposable.com", "disroot.org", "doctor.com", "doglover.com", "dondominio.com", "doramail.com",
        "dr.com", "dublin.com", "dutchmail.com", "e-box.dk", "e-mail.dk", "e-postboks.dk", "e.email", "e23.jp",
        "earthling.net", "earthlink.net", "educa.madrid.org", "el-hoyo.net", "elinstallatoer.dk", "elitemail.org",
        "elpasotel.net", "elsker.dk", "elvis.dk", "elvisfan.com", "emadisonriver.com", "emadisonriver.net",
        "email.com", "email.cz", "email.de", "email.dk", "email.gmx", "email.it", "emailcorner.net",
        "emailengine.net", "emailengine.org", "emailgroups.net", "emailplus.org", "emailsrvr.com", "emailuser.net",
        "embarqmail.com", "eml.cc", "ende.in.net", "engineer.com", "englandmail.com", "ente.cfd", "ente.quest",
        "eriksen.dk", "espiv.net", "euro.apple.com", "europe.com", "europemail.com", "execs.com", "f-m.fm",
        "fairnatics.net", "fald.dk", "fan.com", "fast-email.com", "fast-mail.org", "fastem.com", "fastemail.us",
        "fastemailer.com", "fastest.cc", "fastimap.com", "fastmail.cn", "fastmail.co.uk", "fastmail.com",
        "fastmail.com.au", "fastmail.de", "fastmail.es", "fastmail.fm", "fastmail.fr", "fastmail.im", "fastmail.in",
        "fastmail.jp", "fastmail.mx", "fastmail.net", "fastmail.nl", "fastmail.org", "fastmail.se", "fastmail.to",
        "fastmail.tw", "fastmail.uk", "fastmail.us", "fastmailbox.net", "fastmessaging.com", "fastservice.com",
        "fastwebnet.it", "fb.com", "fea.st", "fedt.dk", "feelings.com", "feminin.dk", "ff.iij4u.or.jp",
        "financier.com", "firemail.at", "firemail.de", "fireman.net", "five.chat", "flash.net", "flirt.dk",
        "flirt.ms", "florida.usa.com", "fmail.co.uk", "fmailbox.com", "fmgirl.com", "fmguy.com", "footballer.com",
        "forening.dk", "fotoplenka.ru", "foxmail.com", "fraekkert.dk", "frandsen.dk", "frederiksen.dk", "free.fr",
        "freeler.nl", "freenet.de", "fromru.com", "front.ru", "ftml.net", "funkymail.dk", "fussball.ms",
        "gadefejer.dk", "gaf-net.dk", "galaxyhit.com", "gallatinriver.net", "gandi.net", "gardener.com",
        "garnet.broba.cc", "gason.dk", "genial.ms", "geologist.com", "germanymail.com", "giallo.it", "gigahost.dk",
        "gigapec.it", "gmail.com", "gmx.at", "gmx.biz", "gmx.ca", "gmx.ch", "gmx.cn", "gmx.co.in", "gmx.co.uk",
        "gmx.com", "gmx.com.br", "gmx.com.my", "gmx.com.tr", "gmx.de", "gmx.es", "gmx.eu", "gmx.fr", "gmx.hk",
        "gmx.ie", "gmx.info", "gmx.it", "gmx.li", "gmx.net", "gmx.org", "gmx.ph", "gmx.pt", "gmx.ru", "gmx.se",
        "gmx.sg", "gmx.tm", "gmx.tw", "gmx.us", "go.tvm.ne.jp", "go2.pl", "go4more.de", "goo.jp", "google.com",
        "googlemail.com", "graduate.org", "gransy.com", "graphic-designer.com", "greenmail.net", "grics.net",
        "grin.dk", "groovymail.dk", "groupmail.com", "groupoffice.ch", "grov.dk", "gulftel.com", "h-mail.us",
        "hackermail.com", "hahah.nl", "hailmail.net", "hairdresser.net", "hal.ne.jp", "hallo.ms", "hammergod.dk",
        "hana.or.jp", "hanmail.net", "hansen.dk", "hardworking.dk", "heaven.dk", "heavymail.dk", "hemmelig.dk",
        "henningsen.dk", "henriksen.dk", "hetnet.nl", "hey.com", "hh.iij4u.or.jp", "hilarious.com", "hiphopfan.com",
        "hippie.dk", "hockeymail.com", "home.nl", "homemail.com", "hot-shot.com", "hotbox.ru", "hotmail.be",
        "hotmail.ca", "hotmail.cl", "hotmail.co.id", "hotmail.co.il", "hotmail.co.in", "hotmail.co.jp",
        "hotmail.co.kr", "hotmail.co.th", "hotmail.co.uk", "hotmail.co.za", "hotmail.com", "hotmail.com.ar",
        "hotmail.com.au", "hotmail.com.br", "hotmail.com.hk", "hotmail.com.mx", "hotmail.com.tr", "hotmail.com.tw",
        "hotmail.com.vn", "hotmail.cz", "hotmail.de", "hotmail.dk", "hotmail.es", "hotmail.fi", "hotmail.fr",
        "hotmail.gr", "hotmail.hu", "hotmail.it", "hotmail.lt", "hotmail.lv", "hotmail.my", "hotmail.nl",
        "hotmail.no", "hotmail.ph", "hotmail.rs", "hotmail.ru", "hotmail.se", "hotmail.sg", "hotmail.sk", "hour.com",
        "housemail.com", "huleboer.dk", "humanoid.net", "hushmail.com", "husk-mig.dk", "hyperpost.dk",
        "i.softbank.jp", "i.ua", "i3.net", "ic-net.or.jp", "ich.ms", "icloud.com", "iijmio-mail.jp",
        "iiyama-catv.ne.jp", "ik.me", "illinois.usa.com", "iloveu.dk", "imap-mail.com", "imap.cc", "imapmail.org",
        "iname.com", "inbound.dk", "inbox.eu", "inbox.la", "inbox.lt", "inbox.lv", "inbox.ru", "indbakke.dk",
        "inet-shibata.or.jp", "infile.dk", "info.dk", "ingpec.eu", "innocent.com", "inorbit.com", "inoutbox.com",
        "instruction.com", "instructor.net", "insurer.com", "internet-e-mail.com", "internet-mail.org", "internet.ru",
        "internetemails.net", "internetmailing.net", "internetserver.cz", "inwind.it", "io.dk", "iol.it", "ipax.at",
        "irelandmail.com", "ispgateway.de", "israelmail.com", "it.dk", "italymail.com", "iversen.dk", "iwafune.ne.jp",
        "ix.netcom.com", "jacobsen.dk", "jakobsen.dk", "janis.or.jp", "japan.com", "jazztel.es", "jet.ne.jp",
        "jetemail.net", "ji.jet.ne.jp", "job4u.com", "johansen.dk", "joker.ms", "journalist.com", "journalistmail.ch",
        "jp.aol.com", "jubii.dk", "jubiichat.dk", "jubiiconnect.dk", "jubiigames.dk", "jubiimail.dk", "jubiipost.dk",
        "jubiipostadresse.dk", "juno.com", "justemail.net", "jyde.dk", "k1.gunmanet.ne.jp", "k1.gunmanet.or.jp",
        "k1.wind.jp", "k1.wind.ne.jp", "kabelmail.de", "kanzler.ms", "keemail.me", "kelcom.net", "keromail.com",
        "kidcity.be", "kissfans.com", "kittymail.com", "kk.iij4u.or.jp", "kl.gunmanet.ne.jp", "kl.gunmanet.or.jp",
        "kl.wind.co.jp", "kl.wind.jp", "kl.wind.ne.jp", "klog.dk", "knudsen.dk", "knus.dk", "kokuyou.ne.jp",
        "kolabnow.com", "kolst.com", "kontent.com", "koreamail.com", "kpnmail.nl", "kpnplanet.nl", "krovatka.su",
        "krudt.dk", "kulturel.dk", "kundenserver.de", "kuss.ms", "kvalme.dk", "l2i.top", "land.ru", "laposte.net",
        "larsen.dk", "laursen.dk", "lawyer.com", "lazy.dk", "legalprivilege.ch", "legislator.com", "lenta.ru",
        "letterboxes.org", "libero.it", "libertymail.co", "libertymail.net", "linuxmail.com", "linuxmail.org",
        "list.ru", "live.at", "live.be", "live.ca", "live.cl", "live.cn", "live.co.jp", "live.co.kr", "live.co.uk",
        "live.co.za", "live.com", "live.com.ar", "live.com.au", "live.com.mx", "live.com.my", "live.com.ph",
        "live.com.pt", "live.com.sg", "live.de", "live.dk", "live.fi", "live.fr", "live.hk", "live.ie", "live.in",
        "live.it", "live.jp", "live.nl", "live.no", "live.ru", "live.se", "livemail.tw", "lobbyist.com", "london.com",
        "love.ms", "loveable.com", "lovecat.com", "lystig.dk", "m2.cty-net.ne.jp", "m3.cty-net.ne.jp",
        "m4.cty-net.ne.jp", "m5.cty-net.ne.jp", "m6.cty-net.ne.jp", "m7.cty-net.ne.jp", "m8.cty-net.ne.jp",
        "m9.cty-net.ne.jp", "ma100.tiki.ne.jp", "mac.com", "mad.scientist.com", "madisonriver.biz", "madonnafan.com",
        "madrid.com", "madsen.dk", "magenta.de", "magic.ms", "mahoroba.ne.jp", "mail-central.com", "mail-me.com",
        "mail-mig.dk", "mail-page.com", "mail.am0.yahoodns.net", "mail.com", "mail.de", "mail.dk", "mail.ee",
        "mail.gm0.yahoodns.net", "mail.gmx", "mail.gunmanet.jp", "mail.gunmanet.ne.jp", "mail.gunmanet.or.jp",
        "mail.iwafune.ne.jp", "mail.jubii.dk", "mail.org", "mail.protection.outlook.com", "mail.ru", "mail.ua",
        "mail.wind.co.jp", "mail.wind.jp", "mail.wind.ne.jp", "mail15.com", "mail2tor.com", "mail333.com", "mail4.dk",
        "mail6.dk", "mail8.dk", "mailandftp.com", "mailas.com", "mailatlaw.ch", "mailbolt.com", "mailbox.org",
        "mailc.net", "mailcan.com", "maildanmark.dk", "mailforce.net", "mailftp.com", "mailhaven.com",
        "mailingaddress.org", "mailite.com", "mailmight.com", "mailnew.com", "mailo.com", "mailroyal.dk",
        "mailsent.net", "mailservice.ms", "mailster.dk", "mailup.net", "mailworks.org", "manmail.dk", "marchmail.com",
        "maskulin.dk", "mathiesen.dk", "me.com", "mebtel.net", "medmail.ch", "mehl.cloud", "mehl.store", "mein.gmx",
        "memori.ru", "meo.pt", "messagingengine.com", "metalfan.com", "mexicomail.com", "migadu.com", "mikaelsen.dk",
        "mikkelsen.dk", "min-postkasse.dk", "mindless.com", "mindspring.com", "minister.com", "minprivatemail.dk",
        "miobox.jp", "miomio.jp", "mit.edu", "ml.murakami.ne.jp", "ml.shibata.ne.jp", "ml1.net", "mm.st",
        "mnet.ne.jp", "mobsters.com", "monarchy.com", "montclair.edu", "mopera.net", "mortensen.dk", "moscowmail.com",
        "msn.com", "mtel.tel", "multiweb.nl", "munich.com", "musician.org", "muslim.com", "musling.dk",
        "mx1.tiki.ne.jp", "mx2.et.tiki.ne.jp", "mx2.tiki.ne.jp", "mx2.wt.tiki.ne.jp", "mx21.tiki.ne.jp",
        "mx22.tiki.ne.jp", "mx3.et.tiki.ne.jp", "mx3.tiki.ne.jp", "mx31.tiki.ne.jp", "mx32.tiki.ne.jp",
        "mx35.tiki.ne.jp", "mx36.tiki.ne.jp", "mx4.et.tiki.ne.jp", "mx4.tiki.ne.jp", "mx41.tiki.ne.jp",
        "mx5.et.tiki.ne.jp", "mx5.tiki.ne.jp", "mx51.et.tiki.ne.jp", "mx51.tiki.ne.jp", "mx52.tiki.ne.jp",
        "mx6.et.tiki.ne.jp", "mx6.tiki.ne.jp", "mx61.tiki.ne.jp", "mx7.tiki.ne.jp", "mx71.tiki.ne.jp",
        "mx8.tiki.ne.jp", "mx81.tiki.ne.jp", "mx82.tiki.ne.jp", "mx9.tiki.ne.jp", "mx91.tiki.ne.jp", "mycosmos.gr",
        "myfastmail.com", "mykolab.ch", "mykolab.com", "mymacmail.com", "mypec.eu", "myrambler.ru", "myself.com",
        "myswissmail.ch", "myyahoo.com", "narod.ru", "natteliv.dk", "nauta.cu", "naver.com", "nein.jetzt", "net-c.fr",
        "net-shopping.com", "netbruger.dk", "netscape.com", "netscape.net", "neuf.fr", "newmail.ru",
        "newyork.usa.com", "nicemail.dk", "nifty.com", "nightmail.ru", "nili.ca", "nine.testrun.org", "ninfan.com",
        "nm.ru", "nn.iij4u.or.jp", "nonpartisan.com", "nospam.dk", "nospammail.net", "nsat.jp", "ntlworld.com",
        "nubo.coop", "null.net", "nvbell.net", "nycmail.com", "nyu.edu", "o2.pl", "oath.com", "ocn.ad.jp",
        "ocn.ne.jp", "office365.com", "okay.ms", "olc.protection.outlook.com", "olesen.dk", "on.nl", "one.com",
        "one.cz", "onet.com.pl", "onet.eu", "onet.pl", "online.de", "online.ms", "onlinehome.de", "onmicrosoft.com",
        "onsbrabantnet.nl", "onsmail.nl", "onsnet.nu", "onsneteindhoven.nl", "onsnetnuenen.nl", "op.pl",
        "opengroupware.ch", "openmailbox.org", "operamail.com", "opoczta.pl", "optician.com", "orange.fr",
        "orthodontist.net", "otenet.gr", "outlook.at", "outlook.be", "outlook.cl", "outlook.co.id", "outlook.co.il",
        "outlook.co.nz", "outlook.co.th", "outlook.com", "outlook.com.ar", "outlook.com.au", "outlook.com.br",
        "outlook.com.gr", "outlook.com.pe", "outlook.com.tr", "outlook.com.vn", "outlook.cz", "outlook.de",
        "outlook.dk", "outlook.es", "outlook.fr", "outlook.hu", "outlook.ie", "outlook.in", "outlook.it",
        "outlook.jp", "outlook.kr", "outlook.lv", "outlook.my", "outlook.ph", "outlook.pt", "outlook.sa",
        "outlook.sg", "outlook.sk", "ouvaton.org", "ovh.net", "ownmail.net", "pacbell.net", "pacific-ocean.com",
        "pacificwest.com", "parabox.or.jp", "party.ms", "pdx.edu", "pec.it", "pedal.dk", "pedersen.dk",
        "pediatrician.com", "pengemand.dk", "peoplepc.com", "petersen.dk", "petlover.com", "petml.com",
        "photofile.ru", "photographer.net", "physicist.net", "pisem.net", "placeq.com", "planet.ms", "planet.nl",
        "planetmail.com", "planetmail.net", "playful.com", "pm.me", "po.gunmanet.ne.jp", "po.gunmanet.or.jp",
        "po.wind.co.jp", "po.wind.jp", "po.wind.ne.jp", "pobox.com", "pochta.com", "pochta.ru", "pochtamt.ru",
        "poczta.onet.eu", "poczta.onet.pl", "poetic.com", "pokerface.dk", "polandmail.com", "politician.com",
        "pop.ms", "pop.shibata.ne.jp", "pop3.ru", "popme.dk", "popstar.com", "post.com", "post.cz", "poste.it",
        "postecert.it", "posteo.af", "posteo.at", "posteo.be", "posteo.ca", "posteo.ch", "posteo.cl", "posteo.co",
        "posteo.co.uk", "posteo.com", "posteo.com.br", "posteo.cr", "posteo.cz", "posteo.de", "posteo.dk",
        "posteo.ee", "posteo.es", "posteo.eu", "posteo.fi", "posteo.gl", "posteo.gr", "posteo.hn", "posteo.hr",
        "posteo.hu", "posteo.ie", "posteo.in", "posteo.is", "posteo.it", "posteo.jp", "posteo.la", "posteo.li",
        "posteo.lt", "posteo.lu", "posteo.me", "posteo.mx", "posteo.my", "posteo.net", "posteo.nl", "posteo.no",
        "posteo.nz", "posteo.org", "posteo.pe", "posteo.pl", "posteo.pm", "posteo.pt", "posteo.ro", "posteo.ru",
        "posteo.se", "posteo.sg", "posteo.si", "posteo.tn", "posteo.uk", "posteo.us", "postinbox.com", "postman.dk",
        "postpro.net", "poulsen.dk", "power.ms", "pp.iij4u.or.jp", "presidency.com", "pressmail.ch", "priest.com",
        "privatmail.dk", "privatpost.dk", "prodigy.net", "programmer.net", "proinbox.com", "prokonto.pl",
        "promessage.com", "protestant.com", "proton.me", "protonmail.ch", "protonmail.com", "proximus.be",
        "pseudonim.pl", "ptd.net", "publicist.com", "purelymail.com", "q.com", "qip.ru", "qq.com", "quake.dk",
        "qualityservice.com", "quicknet.nl", "r0.ru", "radiologist.net", "rambler.ru", "rambler.ua", "rasmussen.dk",
        "ravemail.com", "razcall.com", "razcall.nl", "rbcmail.ru", "ready.dk", "realemail.net", "reallyfast.biz",
        "reallyfast.info", "realtyagent.com", "reborn.com", "rediffmail.com", "reggaefan.com", "registerednurses.com",
        "reincarnate.com", "religious.com", "repairman.com", "representative.com", "republika.pl", "rescueteam.com",
        "rethinkmail.com", "retromail.dk", "revenue.com", "ringmybell.dk", "riseup.net", "ro.ru", "rocketmail.com",
        "rocketship.com", "rockfan.com", "rogers.com", "rome.com", "royal.net", "rr.com", "rr.iij4u.or.jp",
        "runestone.net", "rushpost.com", "rzone.de", "safrica.com", "saintly.com", "salesperson.net", "samerica.com",
        "sanfranmail.com", "sapo.ao", "sapo.cv", "sapo.mz", "sapo.pt", "sapo.tl", "sbcglobal.net", "schlund.de",
        "schwaz.net", "scientist.com", "scotlandmail.com", "secret.dk", "secretary.net", "secure.mailbox.org",
        "secureserver.net", "seductive.com", "sent.as", "sent.at", "sent.com", "sexysurfer.dk", "seznam.cz", "sfr.fr",
        "simonsen.dk", "singapore.com", "singles.ms", "skrivnu.dk", "sky.com", "skynet.be", "sleepy.dk",
        "sls.post.in", "smart.ms", "smtp.cz", "smtp.ru", "snakebite.com", "snelnet.net", "snet.net", "so.wind.jp",
        "so.wind.ne.jp", "socialworker.net", "sociologist.com", "sofort-start.de", "sofort-surf.de", "sofortstart.de",
        "sofortsurf.de", "solidaris.me", "solution4u.com", "songwriter.net", "sonic.net", "soon.com", "sorensen.dk",
        "spainmail.com", "spectrum.net", "speedpost.net", "speedymail.org", "spoko.pl", "spoluzaci.cz", "sporty.dk",
        "squat.gr", "ss.iij4u.or.jp", "ssl-mail.com", "stars.ms", "stinpriza.eu", "stinpriza.net", "strato.de",
        "studenti.univr.it", "submail.dk", "superbruger.dk", "surgical.net", "svendsen.dk", "swbell.net",
        "swedenmail.com", "swift-mail.com", "swisscollab.ch", "swissgroupware.ch", "swissmail.com",
        "switzerlandmail.ch", "sympatico.ca", "systemausfall.org", "systemli.org", "szh.homes", "t-online.de",
        "talent.dk", "talk21.com", "tanke.dk", "tastmig.dk", "taxidriver.dk", "teachers.org", "tech-center.com",
        "techie.com", "techno.ms", "technologist.com", "teens.dk", "teknik.dk", "telfort.nl", "telstra.com",
        "teol.net", "testrun.org", "texas.usa.com", "the-fastest.net", "the-quickest.com", "thegame.com",
        "theinternetemail.com", "theplate.com", "therapist.net", "thinline.cz", "thomsen.dk", "tiki.ne.jp", "tim.it",
        "tip.nl", "tiscali.cz", "tiscali.it", "tiscali.nl", "tiscalimail.nl", "tjekket.dk", "tlen.pl", "toke.com",
        "tokyo.com", "toothfairy.com", "torontomail.com", "trashcan.dk", "trusted-legal-mail.ch", "trustme.dk",
        "tuta.com", "tuta.io", "tutamail.com", "tutanota.com", "tutanota.de", "tvstar.com", "ukr.net", "umich.edu",
        "umpire.com", "undernet.uy", "ungdom.dk", "uol.com.br", "upcmail.nl", "usa.com", "uymail.com", "verizon.net",
        "veryfast.biz", "veryspeedy.net", "vestergaard.dk", "vfemail.net", "video.dk", "vip.onet.pl", "virgilio.it",
        "virgin.net", "virginmedia.com", "vittig.dk", "vivaldi.net", "vk.com", "vm.aikis.or.jp", "vodafone.de",
        "vodafone.it", "vodafonemail.de", "vp.pl", "vp.tiki.ne.jp", "wallet.com", "wanadoo.fr", "wans.net",
        "warpmail.net", "web.de", "webhuset.no", "webname.com", "websupport.sk", "weirdness.com", "who.net",
        "whoever.com", "wichtig.ms", "wildwildweb.dk", "windowslive.com", "winning.com", "witty.com", "wkpb.de",
        "wmconnect.com", "wo.cz", "worker.com", "workmail.com", "worldmail.cz", "worldofmail.com", "worldonline.cz",
        "wp.pl", "writeme.com", "wxs.nl", "x-il.jp", "xfinity.com", "xp.wind.jp", "xs4all.nl", "xsmail.com",
        "xtra.co.nz", "ya.ru", "yahoo.ca", "yahoo.co.in", "yahoo.co.jp", "yahoo.co.nz", "yahoo.co.uk", "yahoo.com",
        "yahoo.com.ar", "yahoo.com.au", "yahoo.com.br", "yahoo.com.mx", "yahoo.de", "yahoo.es", "yahoo.fr",
        "yahoo.it", "yahoo.se", "yahoodns.net", "yandex.by", "yandex.com", "yandex.com.tr", "yandex.kz", "yandex.net",
        "yandex.ru", "yandex.ua", "ybb.ne.jp", "yeah.net", "yepmail.net", "ymail.com", "your-mail.com",
        "your-server.de", "yours.com", "zeelandnet.nl", "zeggis.com", "zeggis.nl", "ziggo.nl", "ziggomail.com",
        "zinders.nl", "ziza.ru", "zoho.com", "zoho.com.au", "zoho.eu", "zoho.in", "zoho.jp", "zohocloud.ca",
        "zohomail.com", "zohomail.com.au", "zohomail.eu", "zohomail.in", "zohomail.jp", "zohomailcloud.ca",
        "zoomail.dk", "zybermail.dk",
    ]

    static let domainFiles: [Int32] = [
        92, 92, 144, 70, 0, 144, 144, 144, 70, 70, 1, 70, 70, 139, 144, 144, 139, 70, 70, 3, 144, 4, 139, 139, 272, 5,
        139, 139, 185, 6, 139, 11, 139, 70, 7, 139, 139, 8, 9, 139, 70, 139, 139, 280, 139, 15, 30, 185, 139, 144,
        144, 10, 139, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 4, 12, 139, 270, 139, 139, 139, 13, 139, 14,
        139, 139, 15, 16, 139, 17, 139, 18, 185, 219, 19, 144, 20, 139, 21, 21, 21, 21, 21, 22, 53, 144, 144, 233, 23,
        139, 15, 144, 139, 70, 139, 24, 25, 25, 25, 139, 139, 144, 53, 145, 139, 134, 27, 27, 28, 139, 29, 53, 139,
        38, 139, 139, 139, 31, 31, 53, 185, 32, 139, 139, 139, 285, 139, 139, 33, 34, 35, 36, 37, 38, 215, 139, 139,
        39, 285, 139, 139, 144, 144, 144, 36, 139, 272, 139, 40, 194, 195, 231, 139, 70, 41, 42, 42, 43, 43, 44, 44,
        36, 36, 45, 139, 139, 46, 139, 11, 139, 139, 47, 139, 144, 272, 139, 30, 145, 48, 139, 139, 139, 280, 11, 36,
        49, 49, 15, 139, 139, 139, 144, 139, 185, 144, 139, 50, 139, 51, 51, 51, 51, 51, 144, 52, 139, 53, 139, 26,
        26, 272, 30, 55, 139, 139, 139, 56, 139, 57, 139, 139, 58, 139, 139, 139, 139, 144, 144, 144, 60, 104, 139,
        61, 62, 238, 144, 70, 63, 144, 144, 139, 36, 36, 139, 230, 272, 144, 84, 64, 70, 70, 70, 70, 70, 65, 70, 35,
        70, 155, 139, 139, 155, 155, 144, 66, 67, 139, 139, 139, 70, 69, 144, 139, 70, 70, 70, 70, 70, 70, 70, 70, 70,
        70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 139, 71, 68, 70, 144, 139,
        144, 53, 139, 72, 72, 139, 73, 15, 144, 272, 139, 70, 70, 70, 70, 139, 144, 74, 218, 144, 144, 144, 75, 129,
        76, 77, 78, 70, 144, 272, 144, 144, 139, 36, 79, 139, 30, 144, 272, 139, 139, 134, 80, 13, 81, 84, 84, 83, 84,
        83, 83, 83, 83, 83, 83, 83, 84, 83, 84, 83, 83, 83, 84, 83, 83, 84, 84, 83, 83, 83, 83, 83, 83, 83, 83, 85,
        181, 2, 86, 81, 81, 139, 87, 139, 139, 36, 144, 144, 139, 88, 144, 36, 70, 139, 285, 70, 139, 89, 272, 144,
        90, 91, 144, 144, 144, 144, 144, 144, 144, 129, 94, 53, 139, 139, 144, 139, 285, 139, 139, 96, 190, 190, 190,
        190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190,
        190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 97, 190, 190, 190, 139, 139, 144, 139, 98, 144, 144,
        99, 100, 101, 102, 272, 103, 104, 105, 108, 139, 144, 70, 70, 70, 139, 144, 106, 106, 106, 106, 145, 144, 107,
        144, 144, 13, 139, 139, 70, 139, 139, 139, 70, 70, 145, 70, 70, 87, 134, 144, 134, 116, 139, 54, 139, 144,
        139, 144, 117, 61, 144, 144, 118, 139, 81, 119, 70, 120, 139, 144, 272, 139, 121, 11, 144, 144, 144, 144, 144,
        144, 144, 122, 70, 144, 124, 124, 124, 124, 270, 272, 256, 123, 139, 233, 139, 139, 53, 124, 124, 124, 124,
        124, 144, 144, 144, 125, 126, 127, 128, 139, 129, 129, 130, 144, 144, 2, 272, 144, 155, 131, 132, 144, 144,
        139, 144, 133, 139, 219, 70, 134, 135, 136, 137, 139, 145, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190,
        190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 139,
        139, 272, 139, 139, 144, 49, 49, 49, 49, 49, 49, 49, 49, 164, 103, 139, 36, 139, 139, 144, 246, 272, 138, 70,
        139, 144, 70, 280, 139, 140, 141, 142, 11, 84, 146, 146, 146, 143, 144, 139, 157, 145, 145, 146, 146, 146,
        147, 148, 149, 144, 144, 144, 70, 70, 150, 70, 151, 70, 70, 144, 70, 70, 70, 70, 70, 70, 70, 152, 144, 70, 70,
        144, 70, 70, 144, 139, 144, 144, 103, 36, 153, 154, 155, 84, 156, 227, 70, 139, 139, 158, 144, 144, 144, 139,
        61, 139, 144, 104, 104, 159, 160, 206, 70, 70, 161, 139, 139, 162, 163, 144, 139, 190, 247, 285, 139, 139,
        139, 144, 164, 164, 164, 164, 164, 164, 164, 164, 164, 164, 164, 164, 164, 164, 164, 164, 164, 164, 164, 164,
        164, 164, 164, 164, 164, 164, 164, 164, 164, 164, 165, 70, 166, 167, 70, 13, 219, 139, 168, 280, 281, 144,
        169, 170, 155, 171, 139, 144, 11, 11, 231, 172, 139, 144, 173, 174, 175, 176, 139, 177, 53, 139, 144, 70, 178,
        179, 180, 139, 15, 139, 81, 181, 139, 182, 182, 157, 272, 190, 144, 129, 183, 184, 185, 185, 185, 2, 272, 2,
        157, 129, 129, 129, 129, 129, 185, 186, 187, 70, 185, 139, 188, 139, 189, 190, 190, 190, 190, 190, 190, 190,
        190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190, 190,
        190, 190, 190, 190, 191, 193, 70, 15, 139, 139, 196, 272, 197, 13, 144, 144, 139, 144, 198, 144, 139, 70, 199,
        139, 139, 200, 215, 272, 129, 139, 139, 139, 213, 201, 201, 201, 201, 201, 202, 203, 204, 205, 185, 185, 139,
        144, 139, 139, 272, 206, 207, 144, 139, 139, 230, 208, 209, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210,
        210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210,
        210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 210, 70, 144,
        70, 144, 272, 53, 139, 211, 139, 144, 144, 15, 139, 70, 181, 70, 139, 213, 213, 213, 233, 185, 214, 139, 215,
        216, 217, 218, 144, 139, 285, 219, 139, 219, 219, 144, 139, 285, 285, 220, 144, 70, 70, 70, 139, 139, 222,
        139, 139, 139, 139, 139, 139, 185, 139, 215, 144, 139, 144, 223, 219, 280, 139, 139, 224, 139, 139, 225, 53,
        226, 70, 239, 139, 139, 139, 139, 139, 227, 227, 227, 227, 227, 15, 2, 228, 139, 139, 144, 139, 151, 229, 139,
        70, 70, 70, 144, 230, 231, 144, 139, 272, 144, 232, 233, 144, 155, 272, 5, 234, 139, 129, 15, 235, 235, 139,
        139, 2, 2, 2, 2, 244, 139, 139, 236, 139, 144, 139, 38, 70, 70, 185, 230, 144, 237, 53, 70, 272, 238, 238,
        239, 240, 144, 144, 139, 144, 15, 139, 70, 241, 242, 139, 243, 23, 244, 245, 155, 246, 144, 31, 144, 144, 144,
        139, 139, 139, 272, 139, 144, 144, 129, 25, 247, 248, 139, 70, 70, 139, 70, 139, 139, 249, 144, 250, 251, 129,
        252, 253, 129, 129, 144, 181, 139, 139, 139, 139, 144, 255, 144, 256, 256, 256, 256, 256, 139, 257, 258, 139,
        259, 144, 260, 285, 139, 139, 261, 70, 70, 144, 262, 144, 185, 263, 264, 265, 144, 266, 267, 268, 270, 269,
        270, 185, 271, 139, 188, 15, 70, 272, 273, 139, 274, 139, 139, 139, 272, 144, 190, 139, 139, 275, 11, 252,
        139, 139, 252, 215, 252, 276, 139, 129, 104, 46, 277, 129, 70, 278, 281, 280, 280, 279, 280, 280, 280, 280,
        280, 280, 280, 280, 280, 280, 280, 280, 280, 281, 281, 281, 281, 281, 281, 281, 282, 283, 70, 280, 70, 93,
        139, 284, 285, 285, 285, 285, 285, 286, 288, 294, 295, 296, 297, 298, 288, 294, 295, 296, 297, 298, 144, 144,
    ]

    static let domainLabels: [String] = [
        "aol", "caramail", "fastmail", "gmx", "yahoo",
    ]

    static let domainLabelFiles: [Int32] = [
        11, 82, 70, 82, 280,
    ]

    static let mxSuffixes: [String] = [
        "1and1.co.uk", "1and1.com", "1and1.es", "1and1.fr", "1and1.it", "1und1.de", "aol.com", "emailsrvr.com",
        "free.fr", "gmx.com", "gmx.net", "google.com", "googlemail.com", "hostinger.com", "infomaniak.ch", "ionos.ca",
        "ionos.co.uk", "ionos.com", "ionos.de", "ionos.es", "ionos.fr", "ionos.it", "ionos.mx", "kundenserver.de",
        "mail.eo.outlook.com", "mail.gandi.net", "mail.icloud.com", "mail.outlook.com", "mail.protection.outlook.com",
        "mail.ru", "mailbox.org", "messagingengine.com", "migadu.com", "mx-1.pobox.com", "mx-1.rightbox.com",
        "mx-2.pobox.com", "mx-2.rightbox.com", "mx-3.pobox.com", "mx-3.rightbox.com", "mx.microsoft", "mx.rcn.com",
        "mx1.balanced.homie.mail.dreamhost.com", "mx1.comcast.net", "mx1.sub3.homie.mail.dreamhost.com",
        "mx1.sub4.homie.mail.dreamhost.com", "mx1.sub5.homie.mail.dreamhost.com",
        "mx2.balanced.homie.mail.dreamhost.com", "mx2.comcast.net", "mx2.sub3.homie.mail.dreamhost.com",
        "mx2.sub4.homie.mail.dreamhost.com", "mx2.sub5.homie.mail.dreamhost.com", "olc.protection.outlook.com",
        "one.com", "orange.fr", "ovh.ca", "ovh.net", "posteo.de", "privateemail.com", "protonmail.ch",
        "purelymail.com", "relay.verizon.net", "rzone.de", "secureserver.net", "seznam.cz", "smtp.google.com",
        "t-online.de", "titan.email", "web.de", "yahoodns.net", "yandex.net", "yandex.ru", "your-server.de",
        "zoho.com", "zoho.com.au", "zoho.eu", "zoho.in", "zoho.jp", "zohocloud.ca",
    ]

    static let mxFiles: [Int32] = [
        110, 111, 112, 113, 114, 2, 11, 65, 75, 83, 84, 81, 81, 95, 108, 109, 110, 111, 2, 112, 113, 114, 115, 2, 157,
        79, 103, 190, 157, 145, 151, 70, 158, 202, 202, 202, 202, 202, 202, 157, 221, 59, 46, 59, 59, 59, 59, 46, 59,
        59, 59, 190, 183, 188, 192, 193, 210, 212, 213, 215, 261, 239, 229, 230, 81, 246, 254, 272, 280, 281, 281, 93,
        290, 289, 291, 292, 293, 287,
    ]

    static let mxIgnore: [String] = [
        "antispamcloud.com", "eforward1.registrar-servers.com", "eforward2.registrar-servers.com",
        "eforward3.registrar-servers.com", "eforward4.registrar-servers.com", "eforward5.registrar-servers.com",
        "ess.barracudanetworks.com", "forwardemail.net", "fwd1.porkbun.com", "fwd2.porkbun.com", "hornetsecurity.com",
        "hydra.sophos.com", "improvmx.com", "iphmx.com", "mailchannels.net", "mailcontrol.com", "mailgun.org",
        "messagelabs.com", "mimecast.com", "mx.cloudflare.net", "mx.sendgrid.net", "ppe-hosted.com", "pphosted.com",
        "reflexion.net", "spamexperts.com", "tmes.trendmicro.com", "tmes.trendmicro.eu",
    ]

}
