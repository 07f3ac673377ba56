// The Apps Script bundle's entry: every file imported here assigns its globals.
import './sheets/kpiFormulas';
import './sheets/healthFormulas';
import './sheets/qaFormulas';
import './sheets/menu';
import './sheets/qaChecklist';
import './sheets/bigQueryMenu';
import './sheets/boardMenu';
import './sheets/boardDigest';
import './sheets/tiktokShopMenu';
