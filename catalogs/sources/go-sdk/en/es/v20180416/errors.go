// Copyright (c) 2017-2025 Tencent. All Rights Reserved.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//    http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package v20180416

const (
	// error codes for specific actions

	// 
	AUTHFAILURE_UNAUTHCREATEINSTANCE = "AuthFailure.UnAuthCreateInstance"

	// 
	AUTHFAILURE_UNAUTHDESCRIBEINSTANCES = "AuthFailure.UnAuthDescribeInstances"

	// Unauthorized operation.
	AUTHFAILURE_UNAUTHORIZEDOPERATION = "AuthFailure.UnAuthorizedOperation"

	// Operation failed.
	FAILEDOPERATION = "FailedOperation"

	// 
	FAILEDOPERATION_CDCQUOTAINSUFFICIENT = "FailedOperation.CdcQuotaInsufficient"

	// An error occurred with the cluster resource quota limit.
	FAILEDOPERATION_CLUSTERRESOURCELIMITERROR = "FailedOperation.ClusterResourceLimitError"

	// Failed to query the number of disks of the node
	FAILEDOPERATION_DISKCOUNTPARAMERROR = "FailedOperation.DiskCountParamError"

	// Incorrect cluster status
	FAILEDOPERATION_ERRORCLUSTERSTATE = "FailedOperation.ErrorClusterState"

	// 
	FAILEDOPERATION_ESDICTIONARYINFOERROR = "FailedOperation.EsDictionaryInfoError"

	// 
	FAILEDOPERATION_FILENAMEERROR = "FailedOperation.FileNameError"

	// 
	FAILEDOPERATION_FILESIZEERROR = "FailedOperation.FileSizeError"

	// 
	FAILEDOPERATION_GETTAGINFOERROR = "FailedOperation.GetTagInfoError"

	// No credit card or PayPal account is linked to the current account. Unable to make a payment.
	FAILEDOPERATION_NOPAYMENT = "FailedOperation.NoPayment"

	// 
	FAILEDOPERATION_NODENUMANDZONEERROR = "FailedOperation.NodeNumAndZoneError"

	// Unverified user.
	FAILEDOPERATION_NOTAUTHENTICATED = "FailedOperation.NotAuthenticated"

	// 
	FAILEDOPERATION_OPENDESTROYPROTECTION = "FailedOperation.OpenDestroyProtection"

	// 
	FAILEDOPERATION_REFUNDERROR = "FailedOperation.RefundError"

	// Request timeout.
	FAILEDOPERATION_REQUESTTIMEOUT = "FailedOperation.RequestTimeOut"

	// 
	FAILEDOPERATION_UNSUPPORTEDLOCALDISKROLLUPSCALEUPORDOWN = "FailedOperation.UnsupportedLocalDiskRollUpScaleUpOrDown"

	// Cannot increase the number of disks during rolling restart of scaled-out compute resources.
	FAILEDOPERATION_UNSUPPORTEDRESETNODETYPEANDSCALEOUTDISK = "FailedOperation.UnsupportedResetNodeTypeAndScaleOutDisk"

	// The disk capacity can’t be modified during rolling restart of scaled-in compute resources.
	FAILEDOPERATION_UNSUPPORTEDRESTSCALEDOWNANDMODIFYDISK = "FailedOperation.UnsupportedRestScaleDownAndModifyDisk"

	// Cannot adjust the node configuration and disk capacity reversely.
	FAILEDOPERATION_UNSUPPORTEDREVERSEREGULATIONNODETYPEANDDISK = "FailedOperation.UnsupportedReverseRegulationNodeTypeAndDisk"

	// Internal error.
	INTERNALERROR = "InternalError"

	// Invalid parameter.
	INVALIDPARAMETER = "InvalidParameter"

	// The APPID value does not match the expectation.
	INVALIDPARAMETER_INVALIDAPPID = "InvalidParameter.InvalidAppId"

	// 
	INVALIDPARAMETER_INVALIDAUTOVOUCHER = "InvalidParameter.InvalidAutoVoucher"

	// 
	INVALIDPARAMETER_INVALIDCLUSTERNAME = "InvalidParameter.InvalidClusterName"

	// 
	INVALIDPARAMETER_INVALIDCOSBACKUPINFO = "InvalidParameter.InvalidCosBackupInfo"

	// 
	INVALIDPARAMETER_INVALIDDEPLOYMODE = "InvalidParameter.InvalidDeployMode"

	// 
	INVALIDPARAMETER_INVALIDDISKCOUNT = "InvalidParameter.InvalidDiskCount"

	// 
	INVALIDPARAMETER_INVALIDDISKENCRYPT = "InvalidParameter.InvalidDiskEncrypt"

	// 
	INVALIDPARAMETER_INVALIDDISKENHANCE = "InvalidParameter.InvalidDiskEnhance"

	// 
	INVALIDPARAMETER_INVALIDDISKSIZE = "InvalidParameter.InvalidDiskSize"

	// 
	INVALIDPARAMETER_INVALIDDISKTYPE = "InvalidParameter.InvalidDiskType"

	// 
	INVALIDPARAMETER_INVALIDESACL = "InvalidParameter.InvalidEsACL"

	// The instance version EsVersion does not match the expectation.
	INVALIDPARAMETER_INVALIDESVERSION = "InvalidParameter.InvalidEsVersion"

	// The value of the created index metadata JSON field IndexMetaJson does not match the expected value.
	INVALIDPARAMETER_INVALIDINDEXMETAJSON = "InvalidParameter.InvalidIndexMetaJson"

	// The IndexName value does not match the expected value.
	INVALIDPARAMETER_INVALIDINDEXNAME = "InvalidParameter.InvalidIndexName"

	// The IndexType value does not match the expected value.
	INVALIDPARAMETER_INVALIDINDEXTYPE = "InvalidParameter.InvalidIndexType"

	// Invalid InstanceId, no corresponding resource found.
	INVALIDPARAMETER_INVALIDINSTANCEID = "InvalidParameter.InvalidInstanceId"

	// 
	INVALIDPARAMETER_INVALIDIP = "InvalidParameter.InvalidIp"

	// 
	INVALIDPARAMETER_INVALIDIPLIST = "InvalidParameter.InvalidIpList"

	// 
	INVALIDPARAMETER_INVALIDKIBANAPRIVATEPORT = "InvalidParameter.InvalidKibanaPrivatePort"

	// The page size Limit value does not match the expected value.
	INVALIDPARAMETER_INVALIDLIMIT = "InvalidParameter.InvalidLimit"

	// The LogType value does not match the expected value.
	INVALIDPARAMETER_INVALIDLOGTYPE = "InvalidParameter.InvalidLogType"

	// 
	INVALIDPARAMETER_INVALIDMULTIZONEINFO = "InvalidParameter.InvalidMultiZoneInfo"

	// 
	INVALIDPARAMETER_INVALIDNODENAMES = "InvalidParameter.InvalidNodeNames"

	// 
	INVALIDPARAMETER_INVALIDNODENUM = "InvalidParameter.InvalidNodeNum"

	// 
	INVALIDPARAMETER_INVALIDNODETYPE = "InvalidParameter.InvalidNodeType"

	// The Offset value does not match the expected value.
	INVALIDPARAMETER_INVALIDOFFSET = "InvalidParameter.InvalidOffset"

	// 
	INVALIDPARAMETER_INVALIDOPTYPE = "InvalidParameter.InvalidOpType"

	// 
	INVALIDPARAMETER_INVALIDOPERATIONDURATION = "InvalidParameter.InvalidOperationDuration"

	// The sort field OrderByKey value does not match the expected value.
	INVALIDPARAMETER_INVALIDORDERBYKEY = "InvalidParameter.InvalidOrderByKey"

	// 
	INVALIDPARAMETER_INVALIDORDERBYTYPE = "InvalidParameter.InvalidOrderByType"

	// 
	INVALIDPARAMETER_INVALIDPRIVATEACCESS = "InvalidParameter.InvalidPrivateAccess"

	// 
	INVALIDPARAMETER_INVALIDPUBLICACCESS = "InvalidParameter.InvalidPublicAccess"

	// Invalid lucene syntax
	INVALIDPARAMETER_INVALIDQUERYSTRING = "InvalidParameter.InvalidQueryString"

	// The Region value does not meet the expectation.
	INVALIDPARAMETER_INVALIDREGION = "InvalidParameter.InvalidRegion"

	// 
	INVALIDPARAMETER_INVALIDRESTARTMODE = "InvalidParameter.InvalidRestartMode"

	// 
	INVALIDPARAMETER_INVALIDRESTARTTYPE = "InvalidParameter.InvalidRestartType"

	// 
	INVALIDPARAMETER_INVALIDSUBNETID = "InvalidParameter.InvalidSubnetId"

	// 
	INVALIDPARAMETER_INVALIDSUBNETUIDLIST = "InvalidParameter.InvalidSubnetUidList"

	// 
	INVALIDPARAMETER_INVALIDTAGINFO = "InvalidParameter.InvalidTagInfo"

	// 
	INVALIDPARAMETER_INVALIDTAGLIST = "InvalidParameter.InvalidTagList"

	// The value or format of time-related parameters does not match the expected.
	INVALIDPARAMETER_INVALIDTIMEPARAM = "InvalidParameter.InvalidTimeParam"

	// 
	INVALIDPARAMETER_INVALIDTYPE = "InvalidParameter.InvalidType"

	// The UIN value does not match the expectation.
	INVALIDPARAMETER_INVALIDUIN = "InvalidParameter.InvalidUin"

	// 
	INVALIDPARAMETER_INVALIDUPDATEMETAJSON = "InvalidParameter.InvalidUpdateMetaJson"

	// 
	INVALIDPARAMETER_INVALIDUPDATETYPE = "InvalidParameter.InvalidUpdateType"

	// 
	INVALIDPARAMETER_INVALIDVOUCHERIDS = "InvalidParameter.InvalidVoucherIds"

	// 
	INVALIDPARAMETER_INVALIDZONE = "InvalidParameter.InvalidZone"

	// 
	INVALIDPARAMETERVALUE_CHARGETYPE = "InvalidParameterValue.ChargeType"

	// 
	INVALIDPARAMETERVALUE_CONFIGINFO = "InvalidParameterValue.ConfigInfo"

	// 
	INVALIDPARAMETERVALUE_ESCONFIGTYPE = "InvalidParameterValue.EsConfigType"

	// 
	INVALIDPARAMETERVALUE_INSTALLPLUGINLIST = "InvalidParameterValue.InstallPluginList"

	// 
	INVALIDPARAMETERVALUE_INSTANCENAME = "InvalidParameterValue.InstanceName"

	// 
	INVALIDPARAMETERVALUE_INVALIDDEADLINE = "InvalidParameterValue.InvalidDeadline"

	// 
	INVALIDPARAMETERVALUE_PASSWORD = "InvalidParameterValue.Password"

	// 
	INVALIDPARAMETERVALUE_PLUGINTYPE = "InvalidParameterValue.PluginType"

	// 
	INVALIDPARAMETERVALUE_RENEWFLAG = "InvalidParameterValue.RenewFlag"

	// 
	INVALIDPARAMETERVALUE_UPGRADEMODE = "InvalidParameterValue.UpgradeMode"

	// 
	LIMITEXCEEDED_CLUSTERNUM = "LimitExceeded.ClusterNum"

	// 
	LIMITEXCEEDED_NODENUMORINDICES = "LimitExceeded.NodeNumOrIndices"

	// 
	LIMITEXCEEDED_PLUGININSTALL = "LimitExceeded.PluginInstall"

	// 
	LIMITEXCEEDED_RESOURCELIMIT = "LimitExceeded.ResourceLimit"

	// 
	LIMITEXCEEDED_RESPONSEPACKAGEOVERSIZE = "LimitExceeded.ResponsePackageOversize"

	// 
	LIMITEXCEEDED_RESPONSETIMEOUT = "LimitExceeded.ResponseTimeout"

	// 
	LIMITEXCEEDED_UPDATEITEMLIMIT = "LimitExceeded.UpdateItemLimit"

	// Resource is in use.
	RESOURCEINUSE = "ResourceInUse"

	// 
	RESOURCEINUSE_ORDER = "ResourceInUse.Order"

	// Insufficient resource.
	RESOURCEINSUFFICIENT = "ResourceInsufficient"

	// Insufficient account balance.
	RESOURCEINSUFFICIENT_BALANCE = "ResourceInsufficient.Balance"

	// 
	RESOURCEINSUFFICIENT_CVM = "ResourceInsufficient.CVM"

	// Dedicated master node resources in the hidden availability zone are insufficient.
	RESOURCEINSUFFICIENT_HIDDENZONE = "ResourceInsufficient.HiddenZone"

	// Insufficient number of remaining subnet IPs.
	RESOURCEINSUFFICIENT_SUBNET = "ResourceInsufficient.Subnet"

	// 
	RESOURCEINSUFFICIENT_SUBNETIP = "ResourceInsufficient.SubnetIp"

	// 
	RESOURCEINSUFFICIENT_ZONE = "ResourceInsufficient.Zone"

	// 
	RESOURCENOTFOUND_CAMINFONOTFOUND = "ResourceNotFound.CAMInfoNotFound"

	// Failed to obtain cluster resources.
	RESOURCENOTFOUND_CLUSTERINFONOTFOUND = "ResourceNotFound.ClusterInfoNotFound"

	// Failed to obtain COS related information.
	RESOURCENOTFOUND_COSINFONOTFOUND = "ResourceNotFound.CosInfoNotFound"

	// Failed to obtain the database resource.
	RESOURCENOTFOUND_DBINFONOTFOUND = "ResourceNotFound.DBInfoNotFound"

	// 
	RESOURCENOTFOUND_DATANODENOTFOUND = "ResourceNotFound.DataNodeNotFound"

	// 
	RESOURCENOTFOUND_DISKINFONOTFOUND = "ResourceNotFound.DiskInfoNotFound"

	// 
	RESOURCENOTFOUND_TRADECGWNOTFOUND = "ResourceNotFound.TradeCgwNotFound"

	// 
	RESOURCENOTFOUND_VPCINFONOTFOUND = "ResourceNotFound.VPCInfoNotFound"

	// 
	RESOURCENOTFOUND_WHITELISTNOTFOUND = "ResourceNotFound.WhiteListNotFound"

	// 
	UNAUTHORIZEDOPERATION_UINNOTINWHITELIST = "UnauthorizedOperation.UinNotInWhiteList"

	// Unsupported operation.
	UNSUPPORTEDOPERATION = "UnsupportedOperation"

	// 
	UNSUPPORTEDOPERATION_BASICSECURITYTYPE = "UnsupportedOperation.BasicSecurityType"

	// 
	UNSUPPORTEDOPERATION_CHANGENODETYPE = "UnsupportedOperation.ChangeNodeType"

	// 
	UNSUPPORTEDOPERATION_CLOSEHTTPSWITHSAML = "UnsupportedOperation.CloseHttpsWithSaml"

	// 
	UNSUPPORTEDOPERATION_CLUSTERSHARDNUM = "UnsupportedOperation.ClusterShardNum"

	// 
	UNSUPPORTEDOPERATION_CLUSTERSTATECLOSE = "UnsupportedOperation.ClusterStateClose"

	// 
	UNSUPPORTEDOPERATION_CLUSTERSTATENOREPLICATION = "UnsupportedOperation.ClusterStateNoReplication"

	// 
	UNSUPPORTEDOPERATION_CLUSTERSTATEUNHEALTH = "UnsupportedOperation.ClusterStateUnHealth"

	// 
	UNSUPPORTEDOPERATION_COSBACKUP = "UnsupportedOperation.CosBackUp"

	// 
	UNSUPPORTEDOPERATION_CVMSTATENOTSUPPORTED = "UnsupportedOperation.CvmStateNotSupported"

	// 
	UNSUPPORTEDOPERATION_CVMSTATUSSTOPPED = "UnsupportedOperation.CvmStatusStopped"

	// 
	UNSUPPORTEDOPERATION_DISKFREESPACEINSUFFICIENT = "UnsupportedOperation.DiskFreeSpaceInsufficient"

	// 
	UNSUPPORTEDOPERATION_DISKNOTPORTABLE = "UnsupportedOperation.DiskNotPortable"

	// 
	UNSUPPORTEDOPERATION_DISKSTATENOTSUPPORTED = "UnsupportedOperation.DiskStateNotSupported"

	// 
	UNSUPPORTEDOPERATION_DISKTYPECHANGEPATHNOTSUPPORTED = "UnsupportedOperation.DiskTypeChangePathNotSupported"

	// 
	UNSUPPORTEDOPERATION_HETEROSCALINGEXECUTING = "UnsupportedOperation.HeteroScalingExecuting"

	// 
	UNSUPPORTEDOPERATION_INDEXSETTINGSREQUIRESET = "UnsupportedOperation.IndexSettingsRequireSet"

	// 
	UNSUPPORTEDOPERATION_INSTANCETYPEERROR = "UnsupportedOperation.InstanceTypeError"

	// 
	UNSUPPORTEDOPERATION_KERNELNOTSUPPORTGPU = "UnsupportedOperation.KernelNotSupportGpu"

	// 
	UNSUPPORTEDOPERATION_LICENSEERROR = "UnsupportedOperation.LicenseError"

	// 
	UNSUPPORTEDOPERATION_LOCALDISK = "UnsupportedOperation.LocalDisk"

	// 
	UNSUPPORTEDOPERATION_MULTIZONESUPGRADE = "UnsupportedOperation.MultiZonesUpgrade"

	// 
	UNSUPPORTEDOPERATION_NOTAGREEMENT = "UnsupportedOperation.NotAgreement"

	// 
	UNSUPPORTEDOPERATION_NOTDATADISK = "UnsupportedOperation.NotDataDisk"

	// The plugin is not supported.
	UNSUPPORTEDOPERATION_PLUGIN = "UnsupportedOperation.Plugin"

	// 
	UNSUPPORTEDOPERATION_RESTARTMODE = "UnsupportedOperation.RestartMode"

	// 
	UNSUPPORTEDOPERATION_SCALEDOWNTOOMUCH = "UnsupportedOperation.ScaleDownTooMuch"

	// 
	UNSUPPORTEDOPERATION_SINGLENODECLUSTERNOTSUPPORT = "UnsupportedOperation.SingleNodeClusterNotSupport"

	// 
	UNSUPPORTEDOPERATION_STATUSNOTNORMAL = "UnsupportedOperation.StatusNotNormal"

	// 
	UNSUPPORTEDOPERATION_STATUSNOTSUPPORT = "UnsupportedOperation.StatusNotSupport"

	// 
	UNSUPPORTEDOPERATION_UPDATEDISKTYPE = "UnsupportedOperation.UpdateDiskType"

	// 
	UNSUPPORTEDOPERATION_VPCINFONOTFOUND = "UnsupportedOperation.VPCInfoNotFound"

	// 
	UNSUPPORTEDOPERATION_WEBSERVICETYPE = "UnsupportedOperation.WebServiceType"
)
